/**
 * What a planner sees in the seconds after opening a map: the built-in map is drawn at its final places at once
 * (its refined order is built with it), and a small imported map opened a second time in the same browser too (its
 * refined order is kept in IndexedDB). Nothing moves under the pointer after the first paint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launch } from './browser';
import { syntheticDataset } from '../../src/model/synthetic';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Installed before the app's scripts: where each node stands in the first frame that shows nodes. */
function watchFirstFrame() {
  const w = window as unknown as { __firstFrame: Record<string, string> | null };
  w.__firstFrame = null;
  const sample = () => {
    // Map nodes only: column headers are drawn before them and never move.
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node-map');
    if (nodes.length === 0) return void requestAnimationFrame(sample);
    w.__firstFrame = Object.fromEntries([...nodes].map((n) => [n.dataset.id ?? '', n.style.transform]));
  };
  requestAnimationFrame(sample);
}

/** Opens the app in `context`, then reports the nodes of the first frame and, 2 s after the order is final, those that moved. */
async function openAndWatch(context: BrowserContext): Promise<{ page: Page; first: number; moved: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('baseURL'));
  await page.waitForFunction(() => performance.getEntriesByName('order-refined').length > 0, undefined, {
    timeout: 20_000,
  });
  await page.waitForTimeout(2000);
  const { first, moved } = await page.evaluate(() => {
    const firstFrame = (window as unknown as { __firstFrame: Record<string, string> | null }).__firstFrame ?? {};
    const now = [...document.querySelectorAll<HTMLElement>('.react-flow__node-map')];
    return {
      first: Object.keys(firstFrame).length,
      moved: now
        .filter(
          (n) => firstFrame[n.dataset.id ?? ''] !== undefined && firstFrame[n.dataset.id ?? ''] !== n.style.transform,
        )
        .map((n) => n.dataset.id ?? ''),
    };
  });
  expect(errors).toEqual([]);
  return { page, first, moved };
}

async function newContext(dataset?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (dataset !== undefined)
    await context.route('**/assets/itu*.json', (route) =>
      route.fulfill({ body: dataset, contentType: 'application/json' }),
    );
  await context.addInitScript(watchFirstFrame);
  return context;
}

describe('opening a map', () => {
  it('draws the built-in map at its final places: nothing moves after the first paint', async () => {
    const context = await newContext();
    try {
      const { first, moved } = await openAndWatch(context);
      expect(first).toBeGreaterThan(10);
      expect(moved).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moves nothing on the map for people who asked for less motion', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseURL'));
      await page.locator('.react-flow__node').first().waitFor();
      const durations = await page
        .locator('.react-flow__node')
        .evaluateAll((nodes) => [...new Set(nodes.map((n) => getComputedStyle(n).transitionDuration))]);
      expect(durations).toEqual(['0s']);
    } finally {
      await context.close();
    }
  });

  it('remembers a small map refined once, and draws it at its final places when it is opened again', async () => {
    const dataset = syntheticDataset({ nodes: 250, seed: 21 });
    const context = await newContext(
      JSON.stringify({ ...dataset, nodes: dataset.nodes.map((n) => ({ ...n, periods: [] })) }),
    );
    try {
      // The first opening draws the quick order and moves the nodes once the order is refined off the page.
      const { page, moved } = await openAndWatch(context);
      expect(moved.length).toBeGreaterThan(0);
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const open = indexedDB.open('strategy-map-orders');
                open.onsuccess = () => {
                  const db = open.result;
                  if (!db.objectStoreNames.contains('orders')) return resolve(0);
                  const count = db.transaction('orders').objectStore('orders').count();
                  count.onsuccess = () => resolve(count.result);
                };
                open.onerror = () => resolve(0);
              }),
          ),
        )
        .toBe(1);
      await page.close();
      const again = await openAndWatch(context);
      expect(again.first).toBeGreaterThan(5);
      expect(again.moved).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
