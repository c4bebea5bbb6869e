/** The meeting-room copy: `dist/strategy-map.html` opened from disk, with no server and no network. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { linkLayer, linkPixels } from './linkLayer';
import { syntheticDataset } from '../../src/model/synthetic';
import { WORKER_THRESHOLD } from '../../src/layout/engine';

const FILE = resolve('dist/strategy-map.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the single file from `file://`; every request that would leave the file is refused and recorded. */
async function openFromDisk(size = { width: 1280, height: 800 }) {
  if (!existsSync(FILE)) throw new Error('No offline build: run `npm run build` before the e2e tests.');
  const page = await browser.newPage({ viewport: size });
  const errors: string[] = [];
  const network: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    network.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(FILE).href);
  return { page, errors, network };
}

const nodesDrawn = (page: Page) => page.locator('.map-wrap [data-node-id]').count();

describe('the single HTML file', () => {
  it('draws the built-in map from file:// with no server and no network', async () => {
    const { page, errors, network } = await openFromDisk();
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    await expect.poll(() => nodesDrawn(page)).toBeGreaterThan(20);
    expect(await page.locator('.dataset-title').textContent()).toMatch(/ITU/);
    // Links are drawn too, and the legend is there.
    await expect.poll(async () => (await linkLayer(page))?.links ?? 0).toBeGreaterThan(20);
    expect(await linkPixels(page)).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });

  it('lays out a large opened dataset in a worker from file://', async () => {
    const { page, errors, network } = await openFromDisk();
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    const dataset = syntheticDataset({ nodes: WORKER_THRESHOLD + 200, seed: 3 });
    await page.getByTestId('dataset-file').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await expect.poll(() => page.locator('.dataset-title').textContent()).toBe(dataset.meta.title);
    await expect.poll(() => page.getByTestId('map-view').getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => nodesDrawn(page)).toBeGreaterThan(10);
    // The layout ran in a worker started from inside the page, not on the main thread.
    expect(page.workers().length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });
});
