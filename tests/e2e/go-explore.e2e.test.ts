// Go-Explore in real Chromium: the archive spreads over the Montezuma-lite map as the rounds run, until the best
// trajectory reaches the treasure and phase 2 starts robustifying it; the archive can be shaded three ways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot } from './browser.ts';

describe.skipIf(!browserAvailable)('go-explore', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('grows the archive until the treasure is found, and reshades the archive', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore');
    await page.getByRole('button', { name: 'Step' }).click();
    const status = page.locator('.go-explore-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Round 1,/);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/treasure found/);
    // Phase 2 takes over: its line reports the policy against the blind replay under sticky actions.
    await expect.poll(() => page.locator('.go-explore-robust').textContent(), { timeout: 30_000 }).toMatch(/^Phase 2, [\d,]+ training episodes/);
    await page.getByRole('button', { name: 'Pause' }).click();
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

  it('runs the RND baseline beside it and charts both against frames', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/go-explore?preset=detachment');
    await page.getByRole('button', { name: 'Play' }).click();
    // Both agents have points on the chart of cells against frames.
    const cells = page.getByTestId('chart-archive');
    await cells.scrollIntoViewIfNeeded(); // charts off screen do not redraw
    await expect.poll(async () => Number(await cells.getAttribute('data-points')), { timeout: 60_000 }).toBeGreaterThan(3);
    // The baseline's first point comes when its first episode (200 steps) ends.
    await expect.poll(() => cells.locator('.recharts-line').count(), { timeout: 60_000 }).toBe(2);
    await page.getByRole('radio', { name: 'show' }).nth(1).check();
    const status = page.locator('.go-explore-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^PPO \+ RND \(baseline\), run 1: [\d,]+ frames; \d+ cells found/);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.locator('svg.go-explore-map .go-explore-agent').count()).toBe(1);
    await status.scrollIntoViewIfNeeded();
    await screenshot(page, 'go-explore-rnd');
    await cells.scrollIntoViewIfNeeded();
    await screenshot(page, 'go-explore-cells-vs-frames');
    expect(errors).toEqual([]);
    await context.close();
  });
});
