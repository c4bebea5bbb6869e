import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser';
import { syntheticDataset } from '../../src/model/synthetic';
import { WORKER_THRESHOLD } from '../../src/layout/engine';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Polls a condition; the map lays out off the main thread, so give it time on a slow machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Ids of the nodes drawn on the map, sorted. */
const mapIds = (page: Page) =>
  page
    .locator('[data-testid="map-view"] [data-node-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id') ?? '').sort());
/** Kinds of the nodes on the map: drawn as elements, or painted on the link canvas when zoomed out on a big map. */
const mapKinds = (page: Page) =>
  page.evaluate(() => {
    const view = document.querySelector('[data-testid="map-view"]');
    const drawn = [...(view?.querySelectorAll('[data-node-id]') ?? [])].map((el) => el.getAttribute('data-kind') ?? '');
    const canvas = view?.querySelector<HTMLElement>('[data-testid="map-links"]');
    const painted = canvas?.dataset.nodeKinds ? canvas.dataset.nodeKinds.split(' ') : [];
    return [...new Set([...drawn, ...painted])].sort();
  });
const focusedId = (page: Page) =>
  page
    .locator('[data-testid="map-view"] [aria-current="true"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')));

/**
 * Whether the link's camera is the one on screen (the address bar has caught up with the map): a `cam` link holds
 * the region of the layout on screen, in whole layout units; an old `vp` link the pixel viewport.
 */
const linkMatchesScreen = (page: Page) =>
  page.evaluate(() => {
    const params = new URLSearchParams(location.search);
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const screen = document.querySelector<HTMLElement>('.map-wrap');
    const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\((-?[\d.]+)\)/.exec(transform);
    if (!m || !screen) return null;
    const [tx, ty, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const cam = params.get('cam')?.split(',').map(Number);
    if (cam && cam.length === 4) {
      const seen = [-tx / zoom, -ty / zoom, screen.clientWidth / zoom, screen.clientHeight / zoom];
      const same = cam.every((v, i) => Math.abs(v - (seen[i] ?? NaN)) <= 1.5);
      return same ? `${location.search}|${transform}` : null;
    }
    const [x, y, z] = params.get('vp')?.split(',').map(Number) ?? [];
    if (x === undefined || y === undefined || z === undefined) return null;
    const same = Math.abs(x - tx) <= 1 && Math.abs(y - ty) <= 1 && Math.abs(z - zoom) < 0.001;
    return same ? `${location.search}|${transform}` : null;
  });
/**
 * Whether the map has settled on the link's viewport: the link matches the screen now and still does a moment
 * later (a pan to the focus takes 250 ms, and its first frame still matches the old link).
 */
const linkShowsMap = async (page: Page) => {
  const before = await linkMatchesScreen(page);
  if (before === null) return false;
  await page.waitForTimeout(400);
  return (await linkMatchesScreen(page)) === before;
};

/** The zoom of the map on screen. */
const zoomOnScreen = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => Number(/scale\((-?[\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1]));

async function openFilters(page: Page) {
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Filters' });
  await panel.waitFor();
  return panel;
}

describe('filters, search and links', () => {
  it('reproduces filters and focus from a copied link, and Back restores the previous view', async () => {
    const page = await openApp(browser);
    await poll(async () => (await mapIds(page)).length).toBeGreaterThan(0);
    await poll(() => linkShowsMap(page)).toBe(true);
    // The first view is readable, so it shows only the left columns of the built-in map; fit it to see them all.
    expect(await zoomOnScreen(page)).toBeGreaterThanOrEqual(0.8);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await poll(() => zoomOnScreen(page)).toBeLessThan(0.8);
    await poll(() => linkShowsMap(page)).toBe(true);
    const initial = await mapIds(page);

    // Filter: hide the second column, then close the panel so both pages lay the map out alike.
    const initialKinds = await mapKinds(page);
    const panel = await openFilters(page);
    await panel.getByRole('group', { name: 'Columns' }).getByRole('checkbox', { checked: true }).nth(1).uncheck();
    await poll(() => new URL(page.url()).searchParams.get('k')).toBeTruthy();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await poll(() => panel.count()).toBe(0);
    await poll(async () => (await mapKinds(page)).length).toBe(initialKinds.length - 1);
    const filteredKinds = await mapKinds(page);
    await poll(() => linkShowsMap(page)).toBe(true);
    const filtered = await mapIds(page);
    expect(filtered.length).toBeGreaterThan(0);

    // Focus: search for a Question by its code, pick it with the keyboard.
    const search = page.getByRole('combobox', { name: 'Search the map' });
    await search.fill('Q3/2');
    await poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await search.press('ArrowDown');
    await search.press('Enter');
    await poll(() => focusedId(page)).toHaveLength(1);
    const [focus] = await focusedId(page);
    expect(await page.locator(`[data-node-id="${focus}"]`).first().getAttribute('aria-label')).toContain('Q3/2');
    await poll(() => new URL(page.url()).searchParams.get('f')).toBe(focus);
    // The map may pan to the focus; copy the link once it carries the viewport on screen.
    await poll(() => linkShowsMap(page)).toBe(true);
    const nodesWithFocus = await mapIds(page);

    // The copied link, in a new page: same nodes, same focus, nothing ignored.
    const copy = await openApp(browser, new URL(page.url()).search);
    await poll(() => mapIds(copy)).toEqual(nodesWithFocus);
    await poll(() => focusedId(copy)).toEqual([focus]);
    expect(await copy.getByText('Part of this link could not be used.').count()).toBe(0);
    await copy.close();

    // Back: the filtered view without the focus; Back again: the map as it opened.
    await page.goBack();
    await poll(() => focusedId(page)).toEqual([]);
    await poll(() => mapIds(page)).toEqual(filtered);
    await page.goBack();
    await poll(() => mapIds(page)).toEqual(initial);
    expect(await mapKinds(page)).toEqual(initialKinds);
    // Forward again.
    await page.goForward();
    await poll(() => mapKinds(page)).toEqual(filteredKinds);
    await page.close();
  });

  it('opens a damaged link on what it can read and says what it ignored', async () => {
    const page = await openApp(browser, '?f=no-such-node&k=goal,no-such-kind&q=%E2%8&v=1');
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used.' });
    await poll(() => notice.textContent()).toContain('focus: no node ‘no-such-node’ in this dataset');
    expect(await notice.textContent()).toContain('columns: no kind ‘no-such-kind’ in this dataset');
    const kinds = await page
      .locator('[data-testid="map-view"] [data-node-id]')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-kind')))]);
    expect(kinds).toEqual(['goal']);
    // The address bar now holds the clean link: what was ignored is gone from it.
    const clean = new URL(page.url()).searchParams;
    expect([clean.get('k'), clean.get('f'), clean.get('q'), clean.get('v')]).toEqual(['goal', null, null, '1']);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await poll(() => page.getByText('Part of this link could not be used.').count()).toBe(0);
    await page.close();
  });

  it('opens a link on its own viewport even when its focus is off screen there', async () => {
    // Q3/2 sits far down its column; a viewport at the top of the map leaves it off screen.
    const page = await openApp(browser, '?f=q3-2-2022&vp=0,0,1&v=1');
    await poll(async () => (await mapIds(page)).length).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    // Not panned to: the focused node is not among those drawn, and the map is where the link put it.
    expect(await focusedId(page)).toEqual([]);
    expect(await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)).toBe(
      'translate(0px, 0px) scale(1)',
    );
    // The focus is still the link's: the detail panel shows it.
    expect(await page.getByRole('complementary', { name: /Q3\/2/ }).count()).toBe(1);
    await page.close();
  });

  it('says when a search matches nothing, and marks matches while the box has text', async () => {
    const page = await openApp(browser);
    const search = page.getByRole('combobox', { name: 'Search the map' });
    await search.fill('zzqxv');
    await poll(() => page.getByText('No node matches “zzqxv”').isVisible()).toBe(true);
    await search.fill('cyber');
    await poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await poll(() => page.locator('[data-testid="map-view"] .mnode-match').count()).toBeGreaterThan(0);
    await search.fill('');
    await poll(() => page.locator('[data-testid="map-view"] .mnode-match').count()).toBe(0);
    await page.close();
  });

  it('filters a map large enough to be laid out in the worker: the hidden column goes, and comes back', async () => {
    const dataset = syntheticDataset({ nodes: WORKER_THRESHOLD + 200, seed: 4 });
    const page = await openApp(browser, '', undefined, JSON.stringify(dataset));
    const view = page.getByTestId('map-view');
    await poll(() => view.getAttribute('aria-busy')).toBe('false');
    // The first view is readable and shows the left columns; the whole map is one click away.
    await page.getByRole('button', { name: 'Fit View' }).click();
    await poll(() => mapKinds(page)).toHaveLength(6);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: /nodes shown/ });
    const shownCount = async () => Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    const drawnKinds = () => mapKinds(page);
    const before = await shownCount();
    expect(await drawnKinds()).toContain('regional-initiative');
    const box = page.getByRole('checkbox', { name: /^\s*Regional initiatives\b/ });
    await box.click();
    await poll(async () => (await view.getAttribute('aria-busy')) === 'false' && (await drawnKinds()).join()).toBe(
      ['goal', 'programme', 'study-question', 'thematic-priority', 'wsis-action-line'].join(),
    );
    expect(await shownCount()).toBeLessThan(before);
    expect(await page.locator('.react-flow__node-header').allTextContents()).not.toContainEqual(
      expect.stringMatching(/Regional initiatives/),
    );
    await box.click();
    await poll(
      async () =>
        (await view.getAttribute('aria-busy')) === 'false' && (await drawnKinds()).includes('regional-initiative'),
    ).toBe(true);
    expect(await shownCount()).toBe(before);
    await page.close();
  });
});
