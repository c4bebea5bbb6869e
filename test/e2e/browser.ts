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
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}
