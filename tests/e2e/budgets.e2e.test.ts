// The budgets of DESIGN.md §4, measured in the browser: main-thread frames per second while the gridworld
// playground and the DQN demo train at top speed, and the gzip size of the JavaScript the home page loads (tfjs must not be in it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { baseUrl, browserAvailable, DESKTOP, launchBrowser, openPage, tickCount } from './browser.ts';

const measured: Record<string, number> = {};

describe.skipIf(!browserAvailable)('budgets', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => {
    await browser?.close();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/browser-budgets.json', `${JSON.stringify(measured, null, 2)}\n`);
    console.log('browser budgets:', JSON.stringify(measured));
  });

  it('the home page loads at most 100 KB of gzipped JavaScript, and no tfjs', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const scripts: { url: string; body: Buffer }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: await response.body() });
    });
    await page.goto(`${baseUrl}#/`);
    await page.waitForLoadState('networkidle');
    const gzipBytes = scripts.reduce((sum, s) => sum + gzipSync(s.body, { level: 9 }).length, 0);
    measured.homeJsGzipKB = Math.round(gzipBytes / 102.4) / 10;
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((s) => /tfjs|tensorflow/i.test(s.url) || s.body.includes('tensorflow'))).toBe(false);
    expect(gzipBytes).toBeLessThanOrEqual(100 * 1024);
    await context.close();
  });

  /** Frames per second of the page's main thread over three seconds. */
  const measureFps = (page: import('playwright-core').Page) => page.evaluate(() => new Promise<number>((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = () => {
      frames++;
      if (performance.now() - start < 3000) requestAnimationFrame(tick);
      else resolve((frames * 1000) / (performance.now() - start));
    };
    requestAnimationFrame(tick);
  }));

  it.each([
    ['playground', '1000', '#/demos/gridworld-playground?map=four-rooms', 10_000],
    ['playground', 'turbo', '#/demos/gridworld-playground?map=four-rooms', 10_000],
    // DQN trains a network every step in the worker (tfjs wasm): the page must stay as smooth.
    ['four-rooms-dqn', 'turbo', '#/demos/four-rooms-dqn', 1_000],
    ['four-rooms-dqn', '100', '#/demos/four-rooms-dqn', 1_000],
  ])('the main thread keeps at least 50 frames per second while %s runs at speed %s', async (name, speed, hash, warmup) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, hash);
    await page.getByLabel('Speed').selectOption(speed);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => tickCount(page), { timeout: 60_000 }).toBeGreaterThan(warmup);
    const before = await tickCount(page);
    const fps = await measureFps(page);
    const steps = (await tickCount(page)) - before;
    measured[`${name}Fps_${speed}`] = Math.round(fps * 10) / 10;
    measured[`${name}StepsPerSecond_${speed}`] = Math.round(steps / 3);
    expect(fps).toBeGreaterThanOrEqual(50);
    expect(errors).toEqual([]);
    await context.close();
  });
});
