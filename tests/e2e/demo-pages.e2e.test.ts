// Every demo of the registry, in real Chromium: it opens, Play makes the counter and the charts grow, nothing is
// logged as an error; screenshots of each page at desktop and phone sizes for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMOS } from '../../src/demos/registry.ts';
import { browserAvailable, DESKTOP, launchBrowser, openPage, pauseRun, PHONE, screenshot, tickCount } from './browser.ts';

/** Ticks a demo must reach within 20 s where one is slow: an offline lab tick is 100 gradient steps of every learner. */
const MIN_TICKS: Readonly<Record<string, number>> = { 'offline-dataset-lab': 3, 'trajectory-stitching': 3, 'dataset-reweighting': 3 };

describe.skipIf(!browserAvailable)('demo pages', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it.each(DEMOS.map((d) => [d.id]))('%s plays: the counter advances, charts grow, no console errors', async (id) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, `#/demos/${id}`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => tickCount(page), { timeout: 20_000 }).toBeGreaterThan(MIN_TICKS[id] ?? 50);
    const chart = page.locator('[data-testid^="chart-"]').first();
    // Charts off screen do not redraw; a student scrolls to them.
    await chart.scrollIntoViewIfNeeded();
    const pointsAt = async () => Number(await chart.getAttribute('data-points'));
    await expect.poll(pointsAt, { timeout: 20_000 }).toBeGreaterThan(0);
    const first = await pointsAt();
    // Charts grow until the run ends: a run of planners only stops by itself once every one has converged.
    const finished = async () => (await page.getByText(/^Finished: every agent has converged/).count()) > 0;
    await expect.poll(async () => (await finished()) || (await pointsAt()) > first, { timeout: 20_000 }).toBe(true);
    await pauseRun(page);
    await page.waitForTimeout(300);
    await screenshot(page, `demo-${id}-desktop`);
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await screenshot(page, `demo-${id}-phone`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([['home', '#/'], ['papers', '#/papers'], ['paper', '#/papers/go-explore'], ['coverage', '#/coverage']])('%s page renders at both sizes', async (name, hash) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, hash);
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    await screenshot(page, `${name}-desktop`);
    await page.setViewportSize(PHONE);
    await screenshot(page, `${name}-phone`);
    const dark = await browser.newContext({ viewport: DESKTOP, colorScheme: 'dark' });
    const darkPage = await openPage(dark, hash);
    await expect.poll(() => darkPage.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(darkPage.page, `${name}-dark`);
    expect([...errors, ...darkPage.errors]).toEqual([]);
    await context.close();
    await dark.close();
  });
});
