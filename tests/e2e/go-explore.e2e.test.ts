// Go-Explore in real Chromium: the archive spreads over the Montezuma-lite map as the rounds run, until the best
// trajectory reaches the treasure and phase 2 starts robustifying it; the archive can be shaded three ways. The
// quality-diversity tab evolves maze controllers: novelty search reaches the treasure that reward search misses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, pauseRun, screenshot } from './browser.ts';

describe.skipIf(!browserAvailable)('go-explore', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('grows the archive until the treasure is found, and reshades the archive', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    const status = page.locator('.go-explore-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Round 1,/);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/treasure found/);
    // Phase 2 takes over: its line reports the policy against the blind replay under sticky actions.
    await expect.poll(() => page.locator('.go-explore-robust').textContent(), { timeout: 30_000 }).toMatch(/^Phase 2, [\d,]+ training episodes/);
    await pauseRun(page);
    expect(await page.locator('svg.go-explore-map .go-explore-path').count()).toBe(1);
    // The replay walks a marker along the best trajectory, step by step.
    await page.getByRole('button', { name: 'Animate the best trajectory' }).click();
    await expect.poll(() => page.locator('.go-explore-replay-bar').textContent(), { timeout: 10_000 }).toMatch(/Step [3-9]\d* of \d+/);
    expect(await page.locator('svg.go-explore-map .go-explore-replay').count()).toBe(1);
    await page.getByRole('button', { name: 'Stop the animation' }).click();
    await page.getByLabel('times seen (log)').check();
    await expect.poll(() => page.getByLabel('times seen (log)').isChecked()).toBe(true);
    await screenshot(page, 'go-explore-archive');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('walks back by a learned policy and says how often it arrives', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore?preset=return-by-policy');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const status = page.locator('.go-explore-status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/treasure found/);
    expect(await status.textContent()).toMatch(/Walking back by policy reached the chosen cell in \d+% of [\d,]+ returns\.$/);
    await status.scrollIntoViewIfNeeded();
    await screenshot(page, 'go-explore-return-by-policy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs the RND baseline beside it and charts both against frames', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore?preset=detachment');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // Both agents have points on the chart of cells against frames.
    const cells = page.getByTestId('chart-archive');
    await cells.scrollIntoViewIfNeeded(); // charts off screen do not redraw
    await expect.poll(async () => Number(await cells.getAttribute('data-points')), { timeout: 60_000 }).toBeGreaterThan(3);
    // The baseline's first point comes when its first episode (200 steps) ends.
    await expect.poll(() => cells.locator('.recharts-line').count(), { timeout: 60_000 }).toBe(2);
    await page.getByRole('radio', { name: 'show' }).nth(1).check();
    const status = page.locator('.go-explore-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^PPO \+ RND \(baseline\), run 1: [\d,]+ frames; \d+ cells found/);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(await page.locator('svg.go-explore-map .go-explore-agent').count()).toBe(1);
    await status.scrollIntoViewIfNeeded();
    await screenshot(page, 'go-explore-rnd');
    await cells.scrollIntoViewIfNeeded();
    await screenshot(page, 'go-explore-cells-vs-frames');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to the quality-diversity tab, where novelty search finds the treasure and reward search stays on the decoy', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore');
    await page.getByRole('tab', { name: 'Quality diversity' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Quality diversity' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.url()).toContain('preset=novelty-vs-reward');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const best = page.getByTestId('chart-qd-best');
    await best.scrollIntoViewIfNeeded(); // charts off screen do not redraw
    await expect.poll(() => best.locator('.recharts-line').count(), { timeout: 60_000 }).toBe(2);
    // The watched agent is reward search: its robots end on the decoy, never at the treasure.
    const status = page.locator('.go-explore-status');
    await status.scrollIntoViewIfNeeded();
    const evaluations = async () => Number((await status.textContent())?.match(/^([\d,]+) evaluations/)?.[1]?.replaceAll(',', '') ?? 0);
    await expect.poll(evaluations, { timeout: 60_000 }).toBeGreaterThanOrEqual(10_000);
    expect(await status.textContent()).toMatch(/^[\d,]+ evaluations: best reward 0\.[0-3]\d \(the decoy only\)/);
    await screenshot(page, 'go-explore-qd-reward');
    await page.locator('.agent-picker li').filter({ has: page.getByText('Novelty search', { exact: true }) }).getByRole('radio', { name: 'show' }).check();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/treasure first reached after [\d,]+ evaluations/);
    expect(await page.locator('svg.qd-maze .qd-archive').count()).toBeGreaterThan(100);
    expect(await page.locator('svg.qd-maze .go-explore-path').count()).toBe(1);
    await screenshot(page, 'go-explore-qd-novelty');
    // Montezuma-lite's charts are not shown in the maze.
    expect(await page.getByTestId('chart-archive').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs SERENE with its emitters, and says where an agent of the other tab belongs', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore?preset=serene');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('.agent-picker li').filter({ has: page.getByText('SERENE (novelty + emitters)', { exact: true }) }).getByRole('radio', { name: 'show' }).check();
    const status = page.locator('.go-explore-status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/Emitters: [1-9]\d* finished/);
    expect(await page.locator('svg.qd-maze .qd-emitter--done').count()).toBeGreaterThan(0);
    await status.scrollIntoViewIfNeeded();
    await screenshot(page, 'go-explore-qd-serene');
    // Go-Explore's archive is made of Montezuma-lite's cells: in the maze the page says so instead of failing.
    await page.goto(`${page.url().split('#')[0]}#/demos/go-explore?world=deceptive-maze&agents=go-explore`);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/Go-Explore explores Montezuma-lite/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('learns the behaviour descriptor with an autoencoder in the worker (TAXONS)', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore?preset=learned-behaviour');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const status = page.locator('.go-explore-status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/the autoencoder has been trained [2-9]\d* times/);
    expect(await page.locator('svg.qd-maze .qd-archive').count()).toBeGreaterThan(10);
    await status.scrollIntoViewIfNeeded();
    await screenshot(page, 'go-explore-qd-learned');
    expect(errors).toEqual([]);
    await context.close();
  });
});
