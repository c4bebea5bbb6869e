/** Launches Debian's Chromium through playwright-core; never a downloaded browser. */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';

export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * Opens the app (optionally with a query string) and waits until the dataset has loaded. With `dataset`, that
 * JSON is served in place of the built-in dataset.
 */
export async function openApp(
  browser: Browser,
  query = '',
  size = { width: 1280, height: 800 },
  dataset?: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: size, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (dataset !== undefined)
    await page.route('**/assets/itu*.json', (route) =>
      route.fulfill({ body: dataset, contentType: 'application/json' }),
    );
  await page.goto(`${inject('baseURL')}${query}`);
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  await orderSettled(page);
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

/**
 * Waits until the map's order is final: the map is drawn in a quick order first and again, nodes moved, once the
 * order is refined (the `order-refined` mark), so a test that picks a node by its place waits for that. Pages
 * without a map go on at once; at most 15 s.
 */
export async function orderSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        performance.getEntriesByName('order-refined').length > 0 ||
        document.querySelector('[data-testid="map-view"]') === null,
      undefined,
      { timeout: 15_000, polling: 100 },
    )
    .catch(() => undefined);
}
