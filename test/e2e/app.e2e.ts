import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the app', () => {
  it('opens on the built-in ITU dataset', async () => {
    const page = await openApp(browser);
    expect(await page.title()).toBe('Strategy Map');
    await expect(page.getByRole('heading', { name: 'Strategy Map' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
