/**
 * The hostile files of `test/robustness/hostile.ts` through the browser's *Open dataset…*: each refused with a
 * located message while the map keeps the dataset it had, or opened as the user meant it; and links with a camera
 * far outside the map or hundreds of unknown settings, which must neither show an empty map nor push it away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './browser';
import { hostileFiles } from '../robustness/hostile';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile files through Open dataset…', { timeout: 240_000 }, () => {
  it('refuses each bad file with a located message, keeping the map, and opens each good one', async () => {
    const page = await openApp(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const title = await page.locator('.dataset-title').textContent();
    for (const f of hostileFiles()) {
      const started = Date.now();
      await page
        .getByTestId('dataset-file')
        .setInputFiles({ name: f.name, mimeType: 'application/json', buffer: f.bytes });
      if (f.refused) {
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain(`${f.name} was not loaded`);
        expect(await alert.textContent(), f.name).toMatch(f.refused);
        expect(await alert.textContent()).toContain('still shows the dataset you had open');
        expect(await page.locator('.dataset-title').textContent(), f.name).toBe(title);
        await alert.getByRole('button', { name: 'Dismiss' }).click();
      } else {
        const opened = (
          JSON.parse(f.bytes.toString(f.name.includes('utf16') ? 'utf16le' : 'utf8').replace(/^\uFEFF/, '')) as {
            meta: { title: string };
          }
        ).meta.title;
        await expect.poll(() => page.locator('.dataset-title').textContent(), { timeout: 60_000 }).toBe(opened);
        expect(await page.getByRole('alert').count(), f.name).toBe(0);
      }
      expect(Date.now() - started, f.name).toBeLessThan(60_000);
    }
    // The toolbar's actions stay on screen beside a 1,000-character title without spaces.
    // (Every visible action button, "Open…" or the "More" menu that folds the rest, ends inside the window.)
    const rights = await page
      .locator('.toolbar-actions button')
      .evaluateAll((els) =>
        els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getBoundingClientRect().right),
      );
    expect(rights.length).toBeGreaterThan(0);
    expect(Math.max(...rights)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('links that cannot be shown as written', { timeout: 120_000 }, () => {
  it('clamp a camera outside the zoom range or the map, and say so', async () => {
    for (const vp of ['0,0,0.0004', '99999999,99999999,1', '0,0,1000']) {
      const page = await openApp(browser, `?vp=${vp}&v=1`);
      const notice = page.locator('.url-notice');
      await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toMatch(/viewport: /);
      // Something of the map is on screen, and the link written back reads again without a word.
      await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      // The camera moved into view is written back to the address bar (after the codec's clamp).
      await expect
        .poll(() => new URL(page.url()).searchParams.get('vp'), { timeout: 10_000 })
        .not.toBe('5000000,5000000,1');
      const written = new URL(page.url()).search;
      const again = await openApp(browser, written);
      expect(await again.locator('.url-notice').count(), `${vp} -> ${written}`).toBe(0);
      await again.close();
      await page.close();
    }
  });

  it('show a few of 500 ignored settings and a "Show all" button, with the map still in view', async () => {
    const junk = Array.from({ length: 500 }, (_, i) => `zz${i}=1`).join('&');
    const page = await openApp(browser, `?${junk}&v=1`, { width: 1024, height: 768 });
    const notice = page.locator('.url-notice');
    await notice.waitFor();
    expect(await notice.locator('li').count()).toBeLessThanOrEqual(5);
    const box = await notice.boundingBox();
    expect(box && box.height).toBeLessThan(300);
    await notice.getByRole('button', { name: /Show all 50\d ignored settings/ }).click();
    expect(await notice.locator('li').count()).toBeGreaterThanOrEqual(500);
    const opened = await notice.boundingBox();
    expect(opened && opened.height).toBeLessThan(768 * 0.5);
    await page.close();
  });
});
