// The curiosity lab in real Chromium: PPO + RND (a tfjs network in the worker) walks the maze, the map shades every
// floor cell by its live RND bonus, the status line counts visited cells, and the shading switches to visits; the
// noisy TV shows on the map when it is on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot } from './browser.ts';

describe.skipIf(!browserAvailable)('curiosity-rnd', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('shades the maze by RND’s bonus while PPO + RND explores, then by visits', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/curiosity-rnd?agents=ppo-rnd,count-bonus&tv=true');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const status = page.locator('.curiosity-status');
    // Past a few PPO updates (256 steps each): episode 4 starts after at least 600 steps.
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/episode ([4-9]|\d\d+);/);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(await status.textContent()).toMatch(/^PPO \+ RND, run 1: episode \d+; \d+ of 103 cells visited; the treasure/);
    const map = page.locator('svg.curiosity-map');
    expect(await map.locator('rect.curiosity-wall').count()).toBe(225 - 103);
    expect(await map.locator('.curiosity-tv').count()).toBe(1);
    // The bonus shading is on and the cells differ: the frontier is brighter than the walked corridor.
    expect(await page.getByLabel('curiosity bonus').isChecked()).toBe(true);
    const fills = await map.locator('rect.curiosity-floor').evaluateAll((rects) => rects.map((r) => (r as SVGRectElement).style.fill));
    expect(new Set(fills).size).toBeGreaterThan(10);
    await map.scrollIntoViewIfNeeded();
    await screenshot(page, 'curiosity-rnd-bonus');
    await page.getByLabel('visits (log)').check();
    await expect.poll(() => page.getByLabel('visits (log)').isChecked()).toBe(true);
    await screenshot(page, 'curiosity-rnd-visits');
    expect(errors).toEqual([]);
    await context.close();
  });
});
