// The effective-horizon demo in real Chromium: stepping k-QVI sweep by sweep, the status says when greedy on Qᵏ
// becomes optimal (sweep 6 in the deceptive corridor), and the min-k table lists the suite; the suite sweep runs the
// compared learners on every map.
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
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/greedy on Q¹ .*Not optimal yet/);
    for (let k = 2; k <= 5; k++) {
      await step.click();
      await expect.poll(() => status.textContent()).toMatch(new RegExp(`Q${'⁰¹²³⁴⁵⁶⁷⁸⁹'[k]}\\.`));
    }
    await expect.poll(() => status.textContent()).toMatch(/Not optimal yet/);
    await step.click();
    await expect.poll(() => status.textContent()).toMatch(/Q⁶\. Acting on them is optimal: min-k ≤ 6/);
    const table = page.locator('.min-k-table').first();
    expect(await table.locator('tbody tr').count()).toBe(7);
    await expect.poll(() => table.locator('.min-k-current').textContent()).toBe('deceptive-corridor (shown)6151');
    await screenshot(page, 'effective-horizon-min-k');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sweeps the compared learners over the whole suite, off the main thread', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/effective-horizon?agents=k-qvi,sqirl,q-learning');
    const started = Date.now();
    await page.getByRole('button', { name: 'Run suite sweep' }).click();
    const sweep = page.getByTestId('suite-sweep');
    // SQIRL and Q-learning on 7 maps each (k-QVI, a planner, is left out).
    await expect.poll(async () => Number(await sweep.getAttribute('data-points')), { timeout: 90_000 }).toBe(14);
    expect(Date.now() - started).toBeLessThan(90_000);
    // The catalogue's scatter: Q-learning's episodes against SQIRL's, one dot per map.
    expect(await page.getByTestId('sqirl-scatter').getAttribute('data-points')).toBe('7');
    const table = page.getByRole('table', { name: /Median episodes until reached reliably/ });
    await expect.poll(() => table.locator('tbody tr').nth(1).textContent()).toMatch(/^Q-learning\d/);
    // Q-learning (ε = 0.1) keeps to the small goal in the deceptive corridor: not within the budget.
    expect(await table.locator('tbody tr').nth(1).locator('td').nth(4).textContent()).toBe('> 1,000');
    await sweep.scrollIntoViewIfNeeded();
    await screenshot(page, 'effective-horizon-suite-sweep');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('estimates the effective horizon of the map on show with GORP, off the main thread', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/effective-horizon?world=empty-5');
    await page.getByRole('button', { name: 'Estimate H̄' }).click();
    const status = page.locator('.horizon-sweep[aria-label="Effective horizon"] .horizon-status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^H̄ ≈ \d+(\.\d)?: k = \d with m = [\d,]+ rollouts per sequence \(min-k = 1\)\.$/);
    const rows = page.getByTestId('horizon-estimate').locator('tbody tr');
    expect(await rows.first().locator('th').textContent()).toBe('1');
    await status.scrollIntoViewIfNeeded();
    await screenshot(page, 'effective-horizon-estimate');
    // The key-and-door map's min-k (12) is beyond GORP's reach here: the page says what it can.
    await page.getByLabel('Map').selectOption('key-door');
    await expect.poll(() => page.getByText(/All that can be said is H̄ ≥ 12/).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('button', { name: 'Estimate H̄' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
