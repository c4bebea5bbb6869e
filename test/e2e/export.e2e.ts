/**
 * Export in real Chromium, as a person does it: Export… → choose a format → Download; the downloaded file must
 * parse and hold the filtered map (every visible node, nothing filtered out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser';
import { parseSvg } from '../export/xml';
import { decodePng } from '../export/png';
import { exportSvg } from '../../src/export/svg';
import { svgPixelSize } from '../../src/export/svgSize';
import { layoutMap } from '../../src/layout/layoutMap';
import { readDataset } from '../../src/io/readDataset';
import { decodeViewState } from '../../src/model/viewState';
import { applyFilters } from '../../src/model/filters';
import { indexDataset } from '../../src/model/graph';

/** A filtered view: two columns of the current cycle, so the export must leave the rest out. */
const VIEW = '?k=goal,programme&p=2024-2027&v=1';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What the app shows for VIEW, computed the way the app does. */
function expectedVisible() {
  const dataset = readDataset(readFileSync('data/itu.json', 'utf8')).dataset;
  if (!dataset) throw new Error('data/itu.json is not a valid dataset');
  const { state } = decodeViewState(VIEW, dataset, new Date());
  return { dataset, visible: applyFilters(indexDataset(dataset), state.filters) };
}

async function exportAs(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('Export', () => {
  it('downloads an SVG of the whole filtered map that parses and holds the visible nodes', async () => {
    const page = await openApp(browser, VIEW);
    const onScreen = await page
      .locator('[data-node-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id') ?? ''));
    const { name, bytes } = await exportAs(page, /^SVG/);
    expect(name).toMatch(/\.svg$/);
    const doc = parseSvg(bytes.toString('utf8'));
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);

    const exported = new Set([...doc.querySelectorAll('g[data-node]')].map((g) => g.getAttribute('data-node')));
    const { visible } = expectedVisible();
    expect(visible.nodes.length).toBeGreaterThan(0);
    expect([...exported].sort()).toEqual(visible.nodes.map((n) => n.id).sort());
    for (const id of onScreen) expect(exported.has(id), `node ${id} is on screen but not in the export`).toBe(true);
    const text = doc.documentElement.textContent ?? '';
    for (const node of visible.nodes) if (node.code) expect(text, node.code).toContain(node.code);
    await page.close();
  });

  it('downloads a PNG at 2× drawn from the same SVG, not blank', async () => {
    const page = await openApp(browser, VIEW);
    const { name, bytes } = await exportAs(page, /^PNG 2×/);
    expect(name).toMatch(/-2x-[\d-]+\.png$/);
    const png = decodePng(bytes);
    // The drawing's width does not depend on the subtitle the app passes, so the width is known exactly.
    const { dataset, visible } = expectedVisible();
    const svg = exportSvg({ dataset, visible, layout: layoutMap({ dataset, visible }) });
    expect(png.width).toBe(Math.ceil(svgPixelSize(svg).width * 2));
    const colours = new Set<number>();
    for (let i = 0; i < png.rgba.length; i += 4 * 97)
      colours.add((png.rgba[i]! << 16) | (png.rgba[i + 1]! << 8) | png.rgba[i + 2]!);
    expect(colours.size).toBeGreaterThan(20);
    await page.close();
  });
});
