// Deep Sea in real Chromium: the grid shades visited cells and draws the path, and the scaling sweep draws every
// compared agent at N = 4…20 (off the main thread) within a minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot, tickCount } from './browser.ts';

describe.skipIf(!browserAvailable)('deep sea', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('plays, shades the grid, and runs the scaling sweep for every compared agent', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/deep-sea');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => tickCount(page), { timeout: 20_000 }).toBeGreaterThan(200);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const grid = page.locator('svg.deep-sea-grid');
    // N = 10: a 10×10 grid, the path drawn, the status line counting visited cells.
    expect(await grid.locator('rect.deep-sea-cell').count()).toBe(100);
    await expect.poll(() => grid.locator('.deep-sea-path').count()).toBe(1);
    await expect.poll(() => page.locator('.deep-sea-status').textContent()).toMatch(/of 55 reachable cells visited/);
    const started = Date.now();
    await page.getByRole('button', { name: 'Run scaling sweep' }).click();
    const sweep = page.getByTestId('scaling-sweep');
    // Four default agents × 17 sizes.
    await expect.poll(async () => Number(await sweep.getAttribute('data-points')), { timeout: 60_000 }).toBe(68);
    expect(Date.now() - started).toBeLessThan(60_000);
    await expect.poll(() => page.getByRole('button', { name: 'Run scaling sweep' }).count()).toBe(1);
    await sweep.scrollIntoViewIfNeeded();
    await screenshot(page, 'deep-sea-sweep');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws RiverSwim as a chain of states', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/deep-sea?preset=river-swim');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    const chain = page.locator('svg.river-swim-chain');
    await expect.poll(() => chain.locator('rect.deep-sea-cell').count(), { timeout: 20_000 }).toBe(6);
    expect(await chain.getAttribute('aria-label')).toMatch(/^RiverSwim with 6 states/);
    await chain.scrollIntoViewIfNeeded();
    await screenshot(page, 'deep-sea-river-swim');
    expect(errors).toEqual([]);
    await context.close();
  });
});
