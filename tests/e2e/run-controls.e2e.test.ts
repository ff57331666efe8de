// The run bar and the URL in real Chromium: Step is exactly one step, Reset replays the same curve, a control changed
// mid-run leaves a marker, a map edit reaches the URL, a copied link reproduces settings and curve in a fresh
// browser, a garbage link shows a notice, and the keyboard shortcuts work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot, tickCount } from './browser.ts';

async function playUntil(page: Page, ticks: number): Promise<void> {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => tickCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(ticks);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDefined();
}

/** The rows of a chart's CSV export (header first). */
async function exportCsv(page: Page, chartId: string): Promise<string[]> {
  const chart = page.getByTestId(`chart-${chartId}`);
  await chart.scrollIntoViewIfNeeded();
  const button = chart.getByRole('button', { name: 'Export CSV' });
  await expect.poll(() => button.isEnabled()).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Export CSV' }).click()]);
  return readFileSync((await download.path())!, 'utf8').trim().split('\n');
}

describe.skipIf(!browserAvailable)('run controls and links', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('Step advances exactly one step, and Reset replays the same first 100 points', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const { page, errors } = await openPage(context, '#/demos/ten-armed-testbed?agents=epsilon-greedy,ucb1');
    await expect.poll(() => tickCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => tickCount(page)).toBe(1);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => tickCount(page)).toBe(2);
    await playUntil(page, 150);
    const before = (await exportCsv(page, 'reward')).slice(0, 101);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => tickCount(page)).toBe(0);
    await playUntil(page, 150);
    const after = (await exportCsv(page, 'reward')).slice(0, 101);
    expect(before).toHaveLength(101);
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a control changed mid-run leaves a marker on the charts and reaches the URL', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/cliff-walking');
    await playUntil(page, 2000);
    const box = page.getByLabel('ε (exploration rate) value');
    await box.fill('0.05');
    await box.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('epsilon=0.05');
    await playUntil(page, 6000);
    const chart = page.getByTestId('chart-return');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.locator('.recharts-reference-line').count()).toBeGreaterThan(0);
    await screenshot(page, 'marker-cliff-walking');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses an out-of-range value at the control and keeps the old one', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/cliff-walking');
    const box = page.getByLabel('α (step size) value');
    await box.fill('7');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('alpha must lie between 0.01 and 1');
    expect(await page.evaluate(() => location.hash)).not.toContain('alpha=7');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a map edit on the canvas reaches the URL while the run goes on', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/gridworld-playground');
    await playUntil(page, 200);
    const canvas = page.locator('canvas').first();
    const boxSize = (await canvas.boundingBox())!;
    // The Dyna maze is 9 × 6: click the cell at row 5, column 4 (an open floor cell) to turn it into a wall.
    await canvas.click({ position: { x: (boxSize.width / 9) * 3.5, y: (boxSize.height / 6) * 5.5 } });
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('layout=');
    const ticks = await tickCount(page);
    expect(ticks).toBeGreaterThan(0);
    await screenshot(page, 'map-edit');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a copied link reproduces the settings and the curve in a fresh browser', async () => {
    const first = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const a = await openPage(first, '#/demos/ten-armed-testbed');
    const eps = a.page.getByLabel('ε (exploration rate) value');
    await eps.fill('0.2');
    await eps.press('Enter');
    const seed = a.page.getByLabel('Seed');
    await seed.fill('7');
    await seed.press('Enter');
    await expect.poll(() => a.page.evaluate(() => location.hash)).toContain('seed=7');
    const link = a.page.url();
    await playUntil(a.page, 120);
    const curveA = (await exportCsv(a.page, 'optimal')).slice(0, 101);

    const second = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const b = await openPage(second, new URL(link).hash);
    expect(await b.page.getByLabel('ε (exploration rate) value').inputValue()).toBe('0.2');
    expect(await b.page.getByLabel('Seed').inputValue()).toBe('7');
    await playUntil(b.page, 120);
    expect((await exportCsv(b.page, 'optimal')).slice(0, 101)).toEqual(curveA);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await first.close();
    await second.close();
  });

  it('a garbage link falls back to defaults with a visible notice, and nothing crashes', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/ten-armed-testbed?epsilon=banana&seed=-4&bogus=1&agents=nope,ucb1&%E0%A4%A=1');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.textContent();
    expect(text).toContain('must be a number');
    expect(text).toContain('seed');
    expect(text).toContain('“nope”');
    expect(await page.getByLabel('ε (exploration rate) value').inputValue()).toBe('0.1');
    await screenshot(page, 'garbage-link');
    const other = await openPage(context, '#/this/is/not/a/page');
    await expect.poll(() => other.page.getByRole('status').count()).toBeGreaterThan(0);
    expect(await other.page.locator('h1').first().textContent()).toContain('Watch reinforcement learning');
    expect([...errors, ...other.errors]).toEqual([]);
    await context.close();
  });

  it('runs on the main thread, and says so, where Web Workers are unavailable', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    await context.addInitScript(() => { Reflect.deleteProperty(window, 'Worker'); });
    const { page, errors } = await openPage(context, '#/demos/cliff-walking');
    await expect.poll(() => page.getByText('Web Workers are unavailable here').count()).toBe(1);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => tickCount(page), { timeout: 20_000 }).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keyboard: Space plays and pauses, → steps, R resets', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/cliff-walking');
    // Keys act on the run: wait until it is ready (its Step button enabled), and give a busy machine time to answer.
    await expect.poll(() => page.getByRole('button', { name: 'Step', exact: true }).isEnabled(), { timeout: 10_000 }).toBe(true);
    const patient = { timeout: 10_000 };
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tickCount(page), patient).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Pause', exact: true }).count(), patient).toBe(1);
    await expect.poll(() => tickCount(page), patient).toBeGreaterThan(10);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Play', exact: true }).count(), patient).toBe(1);
    await page.keyboard.press('r');
    await expect.poll(() => tickCount(page), patient).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
