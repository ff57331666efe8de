// Helpers for the browser tests: launch Debian's Chromium headless (flags for this closed network), open pages
// that record console errors, and save screenshots into test-results/screenshots to look at.
import { expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from './chromium-path.ts';

export const baseUrl = inject('baseUrl');
export const browserAvailable = baseUrl !== '';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface TrackedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
}

export async function openPage(context: BrowserContext, hash: string): Promise<TrackedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}${hash}`);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // From the top, so sticky bars sit where a reader sees them in a full-page capture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** The number the run counter shows (steps or sweeps). */
export async function tickCount(page: Page): Promise<number> {
  const text = await page.getByTestId('tick-count').textContent();
  return Number((text ?? '0').replace(/,/g, ''));
}

/**
 * Pause the run, or let it be if it has finished by itself (a run of planners only stops once all have converged,
 * and may do so between a check and a click): either way it ends paused, with the button reading Play and no error.
 */
export async function pauseRun(page: Page): Promise<void> {
  const play = page.locator('.play-button');
  if ((await play.textContent()) === 'Pause') await play.click({ timeout: 5_000 }).catch(() => undefined);
  // The label with any run message, so a failure says what the page showed.
  const state = async () => ({
    label: await play.textContent(),
    message: (await page.locator('.notice-error').allTextContents()).join(' | '),
  });
  await expect.poll(state, { timeout: 20_000 }).toEqual({ label: 'Play', message: '' });
}
