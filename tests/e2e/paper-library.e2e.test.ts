// The paper library in real Chromium: search and filters narrow the list and live in the URL, every paper page
// opens without console errors, and a paper's first "try it" link opens its demo with the preset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PAPERS, PAPER_IDS } from '../../src/papers/papers.ts';
import { PAPER_TRY_IT } from '../../src/papers/paper-try-it.ts';
import { PAPER_TITLES } from '../../src/papers/paper-titles.ts';
import { browserAvailable, DESKTOP, launchBrowser, openPage, screenshot } from './browser.ts';

describe.skipIf(!browserAvailable)('paper library', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('search, theme and fidelity filters narrow the cards, are kept in the URL, and clear', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/papers');
    const cards = page.locator('.paper-card');
    await expect.poll(() => cards.count()).toBe(PAPER_IDS.length);

    await page.getByRole('searchbox', { name: 'Search' }).fill('go-explore');
    await expect.poll(() => cards.count()).toBeLessThan(PAPER_IDS.length);
    const titles = await cards.locator('h3').allTextContents();
    expect(titles).toContain(PAPER_TITLES['go-explore']);
    expect(page.url()).toContain('q=go-explore');

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('offline RL');
    await page.getByRole('radio', { name: 'direct' }).check();
    const expected = PAPER_IDS.filter((id) => PAPERS[id].theme === 'offline RL' && PAPERS[id].fidelity === 'direct');
    await expect.poll(() => cards.count()).toBe(expected.length);
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-paper')))).toEqual(expected);
    await screenshot(page, 'papers-filtered');

    // The filtered list survives a reload: it is in the URL.
    await page.reload();
    await expect.poll(() => cards.count()).toBe(expected.length);

    await page.getByRole('searchbox', { name: 'Search' }).fill('no-such-paper-anywhere');
    await expect.poll(() => page.getByText('No paper matches').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cards.count()).toBe(PAPER_IDS.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens every paper page without console errors, with its key idea and try-it links', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/papers');
    for (const id of PAPER_IDS) {
      await page.evaluate((hash) => { location.hash = hash; }, `#/papers/${id}`);
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 5000 }).toBe(PAPER_TITLES[id]);
      expect(await page.locator('.try-link').count(), id).toBe(PAPER_TRY_IT[id].length);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes from a paper to its running demo in two clicks', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/papers');
    const id = 'effective-horizon';
    await page.locator(`.paper-card[data-paper="${id}"] h3 a`).click();
    await page.locator('.try-link').first().click();
    const step = PAPER_TRY_IT[id][0];
    await expect.poll(() => page.url()).toContain(`#/demos/${step.demo}`);
    await expect.poll(() => page.getByRole('button', { name: 'Play', exact: true }).count(), { timeout: 20_000 }).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
