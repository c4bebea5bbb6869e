import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { exportPptx } from './pptx';
import { MIN_PT, planPages } from './page/plan';
import { parsePage } from './page/pageSize';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import { readDataset } from '../io/readDataset';
import { hostileDataset } from '../../test/export/xml';
import type { Dataset } from '../model/schema';

const builtIn = (): Dataset => {
  const d = readDataset(readFileSync(new URL('../../data/itu.json', import.meta.url), 'utf8')).dataset;
  if (!d) throw new Error('built-in dataset does not load');
  return d;
};

async function slidesOf(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
}

describe('planPages', () => {
  it('splits the built-in map for a 16:9 slide so that every text is at least 9 pt, keeping every node', () => {
    const d = builtIn();
    const visible = applyFilters(indexDataset(d), NO_FILTERS);
    const plan = planPages({ dataset: d, visible, page: parsePage('16:9')! });
    expect(plan.split).toBe(true);
    expect(plan.summary).toMatch(/slides/);
    for (const page of plan.pages) {
      for (const n of page.nodes) expect(n.fontSize).toBeGreaterThanOrEqual(MIN_PT);
      for (const n of page.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width).toBeLessThanOrEqual(page.width + 0.01);
        expect(n.y + n.height).toBeLessThanOrEqual(page.area.y + page.area.height + 0.01);
      }
    }
    const shown = new Set(plan.pages.flatMap((p) => p.nodes.map((n) => n.id)));
    expect([...visible.nodes.map((n) => n.id)].filter((id) => !shown.has(id))).toEqual([]);
  });

  it('keeps full titles, wrapped, never cut', () => {
    const d = hostileDataset();
    const long = 'A very long official title '.repeat(8).trim();
    const data = { ...d, nodes: d.nodes.map((n) => (n.id === 'g1' ? { ...n, label: long } : n)) };
    const plan = planPages({ dataset: data, visible: data, page: parsePage('a4-portrait')! });
    const node = plan.pages.flatMap((p) => p.nodes).find((n) => n.id === 'g1');
    expect(node?.lines.join(' ')).toBe(long);
    expect(node?.lines.length).toBeGreaterThan(3);
  });
});

describe('exportPptx', () => {
  it('writes one shape per node and a connector glued to both ends of each link', async () => {
    const d = hostileDataset();
    const visible = applyFilters(indexDataset(d), NO_FILTERS);
    const plan = planPages({ dataset: d, visible, page: parsePage('16:9')! });
    const slides = await slidesOf(
      await exportPptx(
        plan.pages.map((page) => ({ page })),
        { title: 'T' },
      ),
    );
    expect(slides).toHaveLength(plan.pages.length);
    const xml = slides.join('');
    const named = new Set<string>();
    let connectorCount = 0;
    for (const slide of slides) {
      // Shape ids are per slide.
      const ids = new Map<string, string>();
      for (const m of slide.matchAll(/<p:cNvPr id="(\d+)" name="node:([^"]+)"/g)) ids.set(m[1] ?? '', m[2] ?? '');
      for (const id of ids.values()) named.add(id);
      const connectors = [...slide.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/g)].map((m) => m[0]);
      connectorCount += connectors.length;
      for (const c of connectors) {
        const start = /<a:stCxn id="(\d+)"/.exec(c)?.[1] ?? '';
        const end = /<a:endCxn id="(\d+)"/.exec(c)?.[1] ?? '';
        const [source, target] = /name="link:([^"]+)"/.exec(c)?.[1]?.split('-&gt;') ?? [];
        expect(ids.get(start)).toBe(source);
        expect(ids.get(end)).toBe(target);
        expect(c).toContain('<a:tailEnd type="triangle"');
      }
    }
    expect(named).toEqual(new Set(plan.pages.flatMap((p) => p.nodes.map((n) => n.id))));
    expect(connectorCount).toBe(plan.pages.reduce((sum, p) => sum + p.links.length, 0));
    expect(connectorCount).toBeGreaterThan(0);
    // Every text run at least 9 pt (sz is in hundredths of a point).
    for (const m of xml.matchAll(/\bsz="(\d+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(900);
    // Labels survive as text: Arabic, Chinese, markup.
    expect(xml).toContain('الاتصالات');
    expect(xml).toContain('信息通信技术');
    expect(xml).toContain('&lt;script&gt;');
  });
});
