// The offline dataset lab in real Chromium: the dataset panel shows expert data's TQ (1) and narrow SACo, its
// coverage map with the moves it never makes, and its return histogram; the exported file is the dataset the run
// trains on (it imports back with the same TQ); the learners train in the worker, offline DQN leaves the data's
// moves where CQL keeps to them; and the datasets × algorithms matrix fills its table and TQ–SACo scatter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot, tickCount } from './browser.ts';
import { trajectoryQuality } from '../../src/core/data/dataset-metrics.ts';
import { DATASET_KINDS, transitionCount } from '../../src/core/data/offline-dataset.ts';
import { exportDataset, importDataset } from '../../src/core/data/dataset-file.ts';
import { createOfflineWorld } from '../../src/demos/offline-world.ts';
import { createRng } from '../../src/core/rng/rng.ts';

describe.skipIf(!browserAvailable)('offline dataset lab', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('describes the dataset, exports it, and trains the learners on it', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const { page, errors } = await openPage(context, '#/demos/offline-dataset-lab?preset=dqn-ood-overestimation&gradientSteps=2000');
    const tq = page.getByTestId('gauge-tq');
    await expect.poll(() => tq.getAttribute('data-value'), { timeout: 20_000 }).toBe('1.0000');
    expect(Number(await page.getByTestId('gauge-saco').getAttribute('data-value'))).toBeLessThan(0.5);
    expect(await page.getByTestId('dataset-facts').textContent()).toMatch(/10,000 transitions in 500 episodes; 100% of them reach the goal/);
    expect(await page.getByTestId('coverage-map').getAttribute('aria-label')).toMatch(/in them, \d+ moves are never taken/);
    expect(await page.locator('.coverage-gap').count()).toBeGreaterThan(50);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export dataset (JSON)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const imported = importDataset(text);
    expect(imported.ok).toBe(true);
    if (imported.ok) {
      expect(transitionCount(imported.dataset)).toBe(10_000);
      expect(trajectoryQuality(imported.dataset)).toBeCloseTo(1, 6);
    }

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // 2,000 gradient steps: 20 evaluations, then the learners are done.
    await expect.poll(() => tickCount(page), { timeout: 90_000 }).toBe(20);
    const offData = page.getByTestId('chart-off-data');
    await offData.scrollIntoViewIfNeeded();
    await expect.poll(() => offData.locator('.recharts-line').count(), { timeout: 10_000 }).toBe(2);
    await screenshot(page, 'offline-dataset-lab-expert');
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it('fills the datasets × algorithms matrix and its TQ–SACo scatter in the background', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/offline-dataset-lab?agents=bc&datasetSize=2000&gradientSteps=2000');
    await page.getByRole('button', { name: 'Run the matrix' }).click();
    const matrix = page.getByTestId('offline-matrix');
    await expect.poll(async () => Number(await matrix.getAttribute('data-cells')), { timeout: 150_000 }).toBe(DATASET_KINDS.length);
    expect(await matrix.locator('tbody tr').count()).toBe(DATASET_KINDS.length);
    // BC clones expert data perfectly: its expert row scores (nearly) 100.
    const expertRow = matrix.locator('tbody tr', { hasText: /^expert/ });
    expect(Number(await expertRow.locator('td').last().textContent())).toBeGreaterThan(90);
    expect(await page.getByTestId('tq-saco-scatter').getAttribute('data-points')).toBe(String(DATASET_KINDS.length));
    await matrix.scrollIntoViewIfNeeded();
    await screenshot(page, 'offline-dataset-lab-matrix');
    expect(errors).toEqual([]);
    await context.close();
  }, 200_000);

  it('keeps datasets in the library across a reload, refuses a broken file, and trains on an imported one', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/offline-dataset-lab?agents=bc&gradientSteps=1000&datasetSize=1000');
    const library = page.getByTestId('dataset-library');
    const entries = async () => Number(await library.getAttribute('data-entries'));
    await expect.poll(entries, { timeout: 20_000 }).toBe(0);
    const input = page.getByLabel('Dataset file to import');

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "rl-sandbox-dataset", ') });
    await expect.poll(() => library.getByRole('alert').textContent()).toMatch(/^broken\.json was not imported\. The file is not JSON/);
    expect(await entries()).toBe(0);

    await page.getByRole('button', { name: 'Save this dataset' }).click();
    await expect.poll(entries).toBe(1);
    const expert = createOfflineWorld({ dataset: 'expert', datasetSize: 1000, noisyEpsilon: 0.3, slip: 0, behaviourNoise: 'normal', delay: 0, wind: 0, hazard: false }, createRng('e2e')).dataset;
    await input.setInputFiles({ name: 'my-expert.json', mimeType: 'application/json', buffer: Buffer.from(exportDataset(expert)) });
    await expect.poll(entries).toBe(2);
    await expect.poll(() => library.getByRole('status').textContent()).toMatch(/Imported my-expert: 1,000 transitions/);

    await page.getByRole('button', { name: 'Train on my-expert' }).click();
    const tq = page.getByTestId('gauge-tq');
    await expect.poll(() => tq.getAttribute('data-value')).toBe('1.0000');
    expect(page.url()).toMatch(/dataset=library/);
    await page.reload();
    await expect.poll(() => tq.getAttribute('data-value'), { timeout: 20_000 }).toBe('1.0000');
    await expect.poll(entries).toBe(2);
    await expect.poll(() => page.getByRole('heading', { name: 'The dataset (from your library)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => tickCount(page), { timeout: 60_000 }).toBe(10);
    await expect.poll(() => page.getByText(/^Finished: every agent has converged/).count()).toBe(1);
    await library.scrollIntoViewIfNeeded();
    await screenshot(page, 'offline-dataset-lab-library');

    // A link naming a library dataset this browser does not have: the default dataset, and a notice saying why.
    const other = await browser.newContext({ viewport: DESKTOP });
    const elsewhere = await openPage(other, `#/demos/offline-dataset-lab?${page.url().split('?')[1]}`);
    await expect.poll(() => elsewhere.page.getByText(/could not be used: it is not in this browser’s library/).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => elsewhere.page.getByTestId('gauge-tq').getAttribute('data-value')).toBe('0.5553');
    expect([...errors, ...elsewhere.errors]).toEqual([]);
    await other.close();
    await context.close();
  }, 150_000);
});
