// The bandit lab in real Chromium: it runs and draws index bars for an index policy, and "Play yourself" takes pulls
// from the mouse and from the keyboard, tallies them and compares them with the algorithms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot, tickCount } from './browser.ts';

describe.skipIf(!browserAvailable)('bandit lab', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('runs the Gittins preset and draws each arm’s index', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/bandit-lab?preset=gittins');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => tickCount(page), { timeout: 20_000 }).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    // The watched agent is the preset's first, Gittins: one index mark per arm, one of them bold (pulled next).
    await expect.poll(() => page.locator('.bandit-index').count()).toBe(5);
    expect(await page.locator('.bandit-index-next').count()).toBe(1);
    await screenshot(page, 'bandit-lab-gittins');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Play yourself: pulls by mouse and by keyboard count, and the comparison table fills', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/bandit-lab');
    await page.getByText('Play yourself', { exact: true }).click();
    const game = page.getByRole('group', { name: 'Play yourself' });
    await game.getByRole('button', { name: 'Pull arm 2' }).click();
    await game.getByRole('button', { name: 'Pull arm 2' }).click();
    await expect.poll(() => game.locator('.bandit-play-last').textContent()).toMatch(/^Arm 2 paid [01]\.$/);
    await game.focus();
    await page.keyboard.press('3');
    await expect.poll(() => game.locator('.bandit-play-last').textContent()).toMatch(/^Arm 3 paid [01]\.$/);
    const stats = await game.locator('.bandit-play-arm .bandit-play-stat').allTextContents();
    expect(stats.filter((s) => /pull/.test(s))).toEqual(['0 pulls', '2 pulls', '1 pull', '0 pulls', '0 pulls']);
    await expect.poll(() => game.locator('.bandit-compare-you').count()).toBe(1);
    await screenshot(page, 'bandit-lab-play-yourself');
    expect(errors).toEqual([]);
    await context.close();
  });
});
