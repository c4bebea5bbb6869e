/** Presenter mode: steps through saved views by keyboard, reads on a projector, and a notes window keeps in step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launch, openApp } from './browser';
import { saveView } from './toolbarActions';
import { readFileSync } from 'node:fs';

/** The built-in dataset without its own saved views: these tests present the two views they save. */
const withoutViews = JSON.stringify({ ...JSON.parse(readFileSync('data/itu.json', 'utf8')), views: [] });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function twoViews(page: Page) {
  const goal = page.locator('.map-wrap [data-kind="goal"]').nth(1);
  await goal.click();
  await saveView(page, 'The second goal', 'Everything that delivers it');
  const programme = page.locator('.map-wrap [data-kind="programme"]').nth(2);
  await programme.click();
  await saveView(page, 'A programme', 'Its chain');
}

const counter = (page: Page) => page.getByTestId('presenter-counter').textContent();

/** Effective label size: the label's font size times the map's zoom. */
const labelPx = (page: Page) =>
  page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
    const label = document.querySelector<HTMLElement>('.map-wrap .mnode');
    if (!vp || !label) return 0;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(vp).transform).a;
    return parseFloat(getComputedStyle(label).fontSize) * zoom;
  });

describe('presenter mode', () => {
  it('steps through saved views with the keyboard and leaves with Escape, labels ≥ 18 px at 1024×768', async () => {
    const page = await openApp(browser, '', { width: 1024, height: 768 }, withoutViews);
    await twoViews(page);
    await page.getByRole('button', { name: /^More/ }).click();
    await page.getByRole('menuitem', { name: 'Present' }).click();
    const presenter = page.getByTestId('presenter');
    await presenter.waitFor();
    await expect.poll(() => counter(page)).toBe('1 / 2');
    expect(await presenter.getByRole('heading').textContent()).toBe('The second goal');
    expect(await presenter.textContent()).toContain('Everything that delivers it');
    // The chrome is gone: no toolbar, no minimap.
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.react-flow__minimap').isVisible()).toBe(false);
    // Readable from the back of the room: labels at least 18 px, measured from the DOM once the camera settles.
    await expect.poll(() => labelPx(page), { timeout: 5000 }).toBeGreaterThanOrEqual(18);
    // The focused node of the step is on screen.
    const focus = page.locator('.map-wrap [aria-current="true"]').first();
    await expect.poll(() => focus.isVisible()).toBe(true);

    await page.keyboard.press('PageDown');
    await expect.poll(() => counter(page)).toBe('2 / 2');
    expect(await presenter.getByRole('heading').textContent()).toBe('A programme');
    await expect.poll(() => labelPx(page), { timeout: 5000 }).toBeGreaterThanOrEqual(18);
    await page.keyboard.press('PageUp');
    await expect.poll(() => counter(page)).toBe('1 / 2');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page)).toBe('2 / 2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page)).toBe('1 / 2');
    await page.keyboard.press(' ');
    await expect.poll(() => counter(page)).toBe('2 / 2');

    await page.keyboard.press('Escape');
    await expect.poll(() => presenter.count()).toBe(0);
    expect(await page.locator('.toolbar').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.presenting)).toBeUndefined();
    await page.close();
  });

  it('reveals a step’s chain column by column', async () => {
    const page = await openApp(browser, '', { width: 1280, height: 800 }, withoutViews);
    await twoViews(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => counter(page)).toBe('1 / 2');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(() => counter(page)).toMatch(/^1 \/ 2 · 1\/\d+$/);
    const visibleNodes = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.map-wrap .react-flow__node-map')].filter(
            (n) => getComputedStyle(n).opacity !== '0',
          ).length,
      );
    await expect.poll(visibleNodes).toBe(1);
    await page.keyboard.press('PageDown');
    await expect.poll(() => counter(page)).toMatch(/^1 \/ 2 · 2\/\d+$/);
    await expect.poll(visibleNodes).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('keeps a presenter window in step through BroadcastChannel', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/assets/itu*.json', (route) =>
      route.fulfill({ body: withoutViews, contentType: 'application/json' }),
    );
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    await twoViews(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => counter(page)).toBe('1 / 2');
    const notes = await context.newPage();
    await notes.goto(`${inject('baseURL')}?presenter-notes`);
    await expect
      .poll(() => notes.getByRole('region', { name: 'Current step' }).textContent())
      .toContain('The second goal');
    expect(await notes.getByRole('region', { name: 'Next step' }).textContent()).toContain('A programme');
    await notes.getByRole('button', { name: 'Next ›' }).click();
    await expect.poll(() => counter(page)).toBe('2 / 2');
    await expect.poll(() => notes.getByRole('region', { name: 'Current step' }).textContent()).toContain('A programme');
    await page.keyboard.press('PageUp');
    await expect.poll(() => notes.locator('.notes-counter').textContent()).toContain('Step 1 of 2');
    await context.close();
  });
});
