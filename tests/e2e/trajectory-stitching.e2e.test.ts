// Trajectory stitching in real Chromium: the corridors with the data's episodes; MBRCSL's kept rollouts and its
// path to the goal; the requested-versus-achieved curve; success bars where MBRCSL reaches the goal and RCSL not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, DESKTOP, launchBrowser, openPage, PHONE, screenshot } from './browser.ts';

describe.skipIf(!browserAvailable)('trajectory-stitching', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('draws the data, MBRCSL’s kept rollouts and path, the return curve and the success bars', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openPage(context, '#/demos/trajectory-stitching?preset=mbrcsl&gradientSteps=1000');
    const map = page.getByTestId('corridor-map');
    await expect.poll(() => map.locator('.stitching-route-a').count()).toBe(100);
    expect(await map.locator('.stitching-route-b').count()).toBe(100);
    expect(await page.getByText('None goes from S to the goal.').count()).toBe(1);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.getByText(/^Finished: every agent has converged/).count(), { timeout: 90_000 }).toBe(1);
    // MBRCSL is watched (the preset lists it first): its kept rollouts and its evaluation path are drawn.
    await expect.poll(() => map.locator('.stitching-kept').count()).toBe(100);
    await expect.poll(() => page.getByTestId('learner-path').count()).toBe(1);
    const curve = page.getByTestId('return-curve');
    await curve.scrollIntoViewIfNeeded();
    await expect.poll(() => curve.locator('.recharts-line').count()).toBe(2);
    const bars = page.getByTestId('success-bars');
    await expect.poll(() => bars.textContent()).toMatch(/MBRCSL100%RCSL0%/);
    await screenshot(page, 'trajectory-stitching-mbrcsl');
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await screenshot(page, 'trajectory-stitching-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
