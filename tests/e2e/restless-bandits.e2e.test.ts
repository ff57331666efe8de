// Restless bandits in real Chromium: the multi-type preset runs, the raster marks strong interventions apart from
// cheap ones, and the Whittle table shows the strong intervention's indices beside the cheap ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot, tickCount } from './browser.ts';

describe.skipIf(!browserAvailable)('restless bandits', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('runs the cheap-or-strong preset and draws both kinds of intervention', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    // The watched agent is the first: the optimal policy. Fragile arms start bad (resting never repairs them), so its
    // first steps repair them with strong interventions; later it mostly keeps them good with cheap visits.
    const { page, errors } = await openPage(context, '#/demos/restless-bandits?preset=intervention-types&agents=optimal,whittle');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => page.locator('.restless-strong').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => tickCount(page), { timeout: 20_000 }).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => page.locator('.restless-acted').count()).toBeGreaterThan(0);
    const table = page.locator('.whittle-table');
    await expect.poll(() => table.locator('th[scope="colgroup"]').allTextContents()).toEqual(['cheap', 'strong']);
    // Six arms, four index cells each.
    expect(await table.locator('tbody td').count()).toBe(24);
    await expect.poll(() => page.locator('.restless-legend').textContent()).toContain('strong intervention');
    await page.locator('.restless-stage').scrollIntoViewIfNeeded();
    await screenshot(page, 'restless-intervention-types');
    expect(errors).toEqual([]);
    await context.close();
  });
});
