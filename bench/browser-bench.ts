// Runs the browser bench page in Debian's Chromium (headless) through a Vite dev server, and returns its results.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../tests/e2e/chromium-path.ts';
import type { NeuralSuiteResult } from './neural/neural-suite.ts';

export interface BrowserBenchResult {
  readonly results: NeuralSuiteResult[];
  /** Backends that did not start, with the reason. */
  readonly skipped: string[];
}

export async function runBrowserBench(backends: readonly string[], repeats: number): Promise<BrowserBenchResult | string> {
  const executablePath = findChromium();
  if (!executablePath) return `no Chromium here (${CHROMIUM_INSTALL_HINT})`;
  const server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('the Vite server did not report its address');
    const page = await browser.newPage();
    await page.goto(`${base}bench/browser/index.html?backends=${backends.join(',')}&repeats=${repeats}`);
    const handle = await page.waitForFunction(() => window.benchResult, undefined, { timeout: 15 * 60_000, polling: 500 });
    const result = (await handle.jsonValue())!;
    if ('error' in result) throw new Error(`browser bench: ${result.error}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
