import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './browser';
import { fixtureText } from '../fixtures/load';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('opening a dataset', () => {
  it('refuses a malformed file with where it breaks, and keeps the map it had', async () => {
    const page = await openApp(browser);
    const goal = await page.locator('[data-kind="goal"]').first().getAttribute('data-node-id');
    const broken = fixtureText('tiny.json').replace('"kind": "goal",', '"kind": "goal",,');
    await page.getByTestId('dataset-file').setInputFiles(file('broken.json', broken));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/broken\.json was not loaded: 1 problem/);
    expect(await alert.textContent()).toMatch(/broken\.json:\d+:\d+: not valid JSON/);
    expect(await alert.textContent()).toContain('still shows the dataset you had open');
    expect(await page.locator('.dataset-title').textContent()).toContain('ITU');
    expect(await page.locator(`[data-node-id="${goal}"]`).count()).toBe(1);
    await page.close();
  });

  it('lists every problem of an invalid dataset by path, with hostile text kept as text', async () => {
    const page = await openApp(browser);
    const bad = JSON.parse(fixtureText('tiny.json'));
    bad.links[0].target = '<img src=x onerror="window.hacked=1">';
    bad.nodes[1].id = 'g1';
    await page.getByTestId('dataset-file').setInputFiles(file('bad.json', JSON.stringify(bad)));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/bad\.json was not loaded: 2 problems/);
    expect(await alert.textContent()).toContain('bad.json:nodes[1].id: duplicate node id "g1"');
    expect(await alert.textContent()).toContain('links[0].target: link target "<img src=x');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('opens a valid dataset in place of the built-in one, on its own first view', async () => {
    // Panned down the built-in map: its camera would show none of the small map (192 px tall) that replaces it.
    const page = await openApp(browser, '?vp=-800,-1200,0.8&v=1');
    await expect.poll(() => page.locator('[data-testid="map-view"] [data-node-id]').count()).toBeGreaterThan(0);
    await page.getByTestId('dataset-file').setInputFiles(file('tiny.json', fixtureText('tiny.json')));
    await expect.poll(() => page.locator('.dataset-title').textContent()).toBe('Tiny fixture');
    // The new map's first view: its goals on screen at a readable zoom, nothing of the built-in map left.
    await expect.poll(() => page.locator('[data-node-id="g1"]').count()).toBe(1);
    const scale = await page
      .locator('.react-flow__viewport')
      .evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1]));
    expect(scale).toBeGreaterThanOrEqual(0.8);
    const ids = await page
      .locator('[data-testid="map-view"] [data-node-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')));
    expect(ids.every((id) => ['g1', 'g2', 'tp1', 'p1', 'ri1', 'c5', 'q3'].includes(id ?? ''))).toBe(true);
    // Its last column is reached by fitting the whole map.
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(() => page.locator('[data-node-id="q3"]').count()).toBe(1);
    await page.close();
  });
});
