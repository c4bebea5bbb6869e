/**
 * What a planner sees on opening the map: whole column names, readable labels, the columns off screen named at the
 * edge with a way to them, and an overview that does not cover the map on a small screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const poll = expect.poll;

/** Column names on screen, and any header line the browser had to cut. */
const headers = (page: Page) =>
  page.locator('.column-header').evaluateAll((els) =>
    els.map((el) => ({
      text: [...el.querySelectorAll('.column-title-line')].map((l) => l.textContent).join(' '),
      cut: [...el.querySelectorAll<HTMLElement>('.column-title-line')].some((l) => l.scrollWidth > l.clientWidth + 1),
    })),
  );

/** The smallest node label on screen, in px: its font size times the map's zoom. */
const labelPx = (page: Page) =>
  page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(vp).transform).a;
    const label = document.querySelector('.map-wrap .mnode-label');
    return parseFloat(getComputedStyle(label!).fontSize) * zoom;
  });

/** Kinds of the columns wholly on screen. */
const wholeColumns = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('.map-wrap')!.getBoundingClientRect();
    return [...document.querySelectorAll('.column-header')]
      .filter((h) => {
        const r = h.getBoundingClientRect();
        return r.left >= map.left - 1 && r.right <= map.right + 1;
      })
      .map((h) => h.querySelector('.column-title')?.textContent ?? '');
  });

describe('first view', () => {
  it('at 1024×768: whole column names, readable labels, the other columns named and one click away', async () => {
    const page = await openApp(browser, '', { width: 1024, height: 768 });
    await poll(() => page.locator('.map-wrap .mnode').count()).toBeGreaterThan(0);
    // Headers of columns far off screen are not drawn (React Flow draws what is in view).
    await poll(async () => (await headers(page)).length).toBeGreaterThanOrEqual(3);
    for (const h of await headers(page)) expect(h.cut, h.text).toBe(false);
    expect((await headers(page)).map((h) => h.text)).toContain('BDT thematic areas');
    await poll(() => labelPx(page)).toBeGreaterThanOrEqual(11);

    const shown = await wholeColumns(page);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const hint = page.locator('.columns-hint-right');
    const more = hint.getByRole('button', { name: /more columns? to the right/ });
    await poll(() => more.textContent()).toMatch(new RegExp(`^${6 - shown.length} more columns`));
    expect(await hint.getByRole('list', { name: 'Columns to the right' }).textContent()).toContain('Study Questions');

    // The next column comes in whole; the hint now also points back to the left.
    await more.click();
    await poll(() => wholeColumns(page)).toContain('Regional initiatives');
    await poll(() => page.locator('.columns-hint-left').isVisible()).toBe(true);
    // The whole map is one click away too, and then there is nothing left to point at.
    await hint.getByRole('button', { name: /whole map/ }).click();
    await poll(async () => (await wholeColumns(page)).length).toBe(6);
    await poll(() => page.locator('.columns-hint').count()).toBe(0);
    await page.close();
  });

  it('at 1920×1080: the whole default map, readable, with no hint', async () => {
    const page = await openApp(browser, '', { width: 1920, height: 1080 });
    await poll(() => page.locator('.map-wrap .mnode').count()).toBeGreaterThan(0);
    await poll(async () => (await wholeColumns(page)).length).toBe(6);
    for (const h of await headers(page)) expect(h.cut, h.text).toBe(false);
    expect(await labelPx(page)).toBeGreaterThanOrEqual(11);
    expect(await page.locator('.columns-hint').count()).toBe(0);
    // A wide map has room for the overview.
    expect(await page.locator('.react-flow__minimap').isVisible()).toBe(true);
    await page.close();
  });
});

describe('overview (minimap)', () => {
  it('starts hidden on a 1024 px screen and is shown and hidden from the keyboard', async () => {
    const page = await openApp(browser, '', { width: 1024, height: 768 });
    await poll(() => page.locator('.map-wrap .mnode').count()).toBeGreaterThan(0);
    expect(await page.locator('.react-flow__minimap').count()).toBe(0);
    const toggle = page.getByRole('button', { name: 'Show overview' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.react-flow__minimap').isVisible()).toBe(true);
    const hide = page.getByRole('button', { name: 'Hide overview' });
    expect(await hide.getAttribute('aria-pressed')).toBe('true');
    await hide.focus();
    await page.keyboard.press(' ');
    await poll(() => page.locator('.react-flow__minimap').count()).toBe(0);
    await page.close();
  });
});
