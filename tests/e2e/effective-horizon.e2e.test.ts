// The effective-horizon demo in real Chromium: stepping k-QVI sweep by sweep, the status says when greedy on Qᵏ
// becomes optimal (sweep 6 in the deceptive corridor), and the min-k table lists the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot } from './browser.ts';

describe.skipIf(!browserAvailable)('effective horizon', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('steps k-QVI until greedy on Qᵏ is optimal, and lists min-k for every map', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/effective-horizon?preset=distractor-needs-k');
    const status = page.locator('.horizon-status');
    const step = page.getByRole('button', { name: 'Step' });
    await step.click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/greedy on Q¹ .*Not optimal yet/);
    for (let k = 2; k <= 5; k++) {
      await step.click();
      await expect.poll(() => status.textContent()).toMatch(new RegExp(`Q${'⁰¹²³⁴⁵⁶⁷⁸⁹'[k]}\\.`));
    }
    await expect.poll(() => status.textContent()).toMatch(/Not optimal yet/);
    await step.click();
    await expect.poll(() => status.textContent()).toMatch(/Q⁶\. Acting on them is optimal: min-k ≤ 6/);
    const table = page.locator('.min-k-table');
    expect(await table.locator('tbody tr').count()).toBe(7);
    await expect.poll(() => table.locator('.min-k-current').textContent()).toBe('deceptive-corridor (shown)61');
    await screenshot(page, 'effective-horizon-min-k');
    expect(errors).toEqual([]);
    await context.close();
  });
});
