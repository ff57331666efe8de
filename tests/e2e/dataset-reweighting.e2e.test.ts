// Dataset reweighting in real Chromium: the readouts and the weighted histogram follow Sampling; BC trains on the
// reweighted data in the worker and reaches the goal; the final-score-against-α chart draws both tables' curves and
// a dot for each learner at the run's α once it has been evaluated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot } from './browser.ts';

describe.skipIf(!browserAvailable)('dataset-reweighting', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('shows what the reweighting does to the samples, and BC learns from them', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/dataset-reweighting?preset=rw-rescue&gradientSteps=1000');
    const facts = page.getByTestId('reweighting-facts');
    await expect.poll(() => facts.textContent()).toMatch(/Effective behaviour return, uniform0\.0\d\d/);
    expect(await facts.textContent()).toMatch(/Effective behaviour return, RW \(α = 0\.1\)0\.[5-9]\d\d/);
    const histogram = page.getByTestId('weight-histogram');
    await histogram.scrollIntoViewIfNeeded();
    await expect.poll(() => histogram.locator('.recharts-bar').count()).toBe(3);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.getByText(/^Finished: every agent has converged/).count(), { timeout: 90_000 }).toBe(1);
    const sweep = page.getByTestId('alpha-sweep');
    await sweep.scrollIntoViewIfNeeded();
    expect(await sweep.locator('.recharts-line').count()).toBe(2);
    await expect.poll(() => sweep.locator('.recharts-scatter').count()).toBe(3);
    expect(await sweep.textContent()).toMatch(/trained on 64,000 sampled transitions/);
    await screenshot(page, 'dataset-reweighting-rw');
    expect(errors).toEqual([]);
    await context.close();
  });
});
