import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { exportPptx, pptxSlides, slideShapes } from './pptx';
import { MIN_PT, planPages } from './page/plan';
import { parsePage } from './page/pageSize';
import { applyFilters, defaultFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import { readDataset } from '../io/readDataset';
import { hostileDataset } from '../../test/export/xml';
import type { Dataset } from '../model/schema';
import type { Scene, SceneText } from '../draw/scene';
import { groupTransform } from '../draw/scene';
import { documentPages } from './documentPages';

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

/** Every text of a scene at its size on the page, in points. */
const textSizes = (scene: Scene) =>
  scene.items
    .filter((i): i is SceneText => i.type === 'text')
    .map((t) => ({
      text: t.lines.map((l) => l.text).join(' '),
      pt: t.fontSize * groupTransform(scene, t.group).scale * 0.75,
    }));

/** The child elements of the first `<tag>` in `xml`, by name, in order (one level down). */
function childNames(xml: string, tag: string): string[] {
  const open = new RegExp(`<${tag}(\\s[^>]*?)?(/?)>`).exec(xml);
  if (!open || open[2] === '/') return [];
  const start = (open?.index ?? 0) + (open?.[0].length ?? 0);
  const inner = xml.slice(start, xml.indexOf(`</${tag}>`, start));
  const names: string[] = [];
  let depth = 0;
  for (const m of inner.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2] ?? '');
      if (!m[3]) depth++;
    }
  }
  return names;
}

describe('planPages', () => {
  it('splits the built-in map for a 16:9 slide so that every text is at least 9 pt, keeping every node', () => {
    const d = builtIn();
    const visible = applyFilters(indexDataset(d), defaultFilters(d, new Date('2026-12-01')));
    const plan = planPages({ dataset: d, visible, page: parsePage('16:9')! });
    expect(plan.split).toBe(true);
    expect(plan.summary).toMatch(/\d+ slides/);
    for (const page of plan.pages) {
      for (const t of textSizes(page.scene)) expect(t.pt, t.text).toBeGreaterThanOrEqual(MIN_PT - 0.01);
      expect(page.scene.width).toBeCloseTo((960 * 4) / 3);
      // Every node inside the page.
      for (const g of page.scene.groups.filter((x) => x.role === 'node')) {
        const o = groupTransform(page.scene, g.id);
        expect(o.x).toBeGreaterThanOrEqual(0);
        expect(o.y).toBeGreaterThanOrEqual(0);
        expect(o.x).toBeLessThan(page.scene.width);
        expect(o.y).toBeLessThan(page.scene.height);
      }
      // A split page says what it holds.
      expect(page.part).not.toBe('');
    }
    const shown = new Set(plan.pages.flatMap((p) => p.nodes));
    expect(visible.nodes.map((n) => n.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('keeps full titles, wrapped, never cut', () => {
    const d = hostileDataset();
    const long = 'A very long official title '.repeat(8).trim();
    const data = { ...d, nodes: d.nodes.map((n) => (n.id === 'g1' ? { ...n, label: long } : n)) };
    const plan = planPages({ dataset: data, visible: data, page: parsePage('a4-portrait')! });
    const scene = plan.pages.find((p) => p.nodes.includes('g1'))?.scene;
    const group = scene?.groups.find((g) => g.nodeId === 'g1');
    const label = scene?.items.find(
      (i): i is SceneText => i.type === 'text' && i.role === 'label' && i.group === group?.id,
    );
    expect(label?.lines.map((l) => l.text).join(' ')).toBe(long);
    expect(label?.lines.length).toBeGreaterThan(3);
  });

  it('splits a goal’s chain into pages whose links all have both ends on the page, none near-empty', () => {
    const d = builtIn();
    const filters = defaultFilters(d, new Date('2026-12-01'));
    const visible = applyFilters(indexDataset(d), filters);
    const plan = documentPages({
      dataset: d,
      visible,
      filters,
      scope: 'focus',
      focus: 'sp24-goal-2',
      page: parsePage('16:9')!,
    });
    expect(plan.pages.length).toBeGreaterThan(1);
    expect(plan.summary).toContain(`${plan.pages.length} slides`);
    const links = new Map(plan.links.map((l) => [`${l.source}->${l.target}`, l]));
    for (const page of plan.pages) {
      const ids = new Set(page.nodes);
      expect(ids.size).toBeGreaterThanOrEqual(2);
      // Each node on the page but the context is linked to something on the page.
      for (const id of ids)
        expect(
          [...links.values()].some(
            (l) => (l.source === id && ids.has(l.target)) || (l.target === id && ids.has(l.source)),
          ),
          id,
        ).toBe(true);
    }
  });
});

describe('slideShapes (PresentationML structure)', () => {
  const d = hostileDataset();
  const visible = applyFilters(indexDataset(d), NO_FILTERS);
  const plan = planPages({ dataset: d, visible, page: parsePage('16:9')!, focus: 'p1' });
  const xml = plan.pages.map((p) => `<p:spTree>${slideShapes(p.scene, 2)}</p:spTree>`);

  it('gives every shape a unique id and glues each connector to existing shapes at sites the preset has', () => {
    for (const [i, slide] of xml.entries()) {
      const ids = [...slide.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(new Set(ids).size, `slide ${i + 1}`).toBe(ids.length);
      // Connection sites of each shape: its custom geometry's a:cxn, in order.
      const shapes = new Map<number, number>();
      for (const m of slide.matchAll(/<p:sp><p:nvSpPr><p:cNvPr id="(\d+)".*?<\/p:sp>/g))
        shapes.set(Number(m[1]), (/<a:cxnLst>(.*?)<\/a:cxnLst>/.exec(m[0])?.[1] ?? '').split('<a:cxn ').length - 1);
      const connectors = [...slide.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/g)]
        .map((m) => m[0])
        .filter((c) => c.includes('Cxn id'));
      for (const c of connectors) {
        for (const end of c.matchAll(/<a:(stCxn|endCxn) id="(\d+)" idx="(\d+)"\/>/g)) {
          const sites = shapes.get(Number(end[2]));
          expect(sites, `${end[1]} names a shape`).toBeDefined();
          expect(Number(end[3])).toBeLessThan(sites ?? 0);
        }
      }
    }
    expect(xml.join('').match(/<a:stCxn /g)?.length).toBe(plan.pages.reduce((n, p) => n + p.links.length, 0));
  });

  it('writes the elements of each shape in the order the schema requires', () => {
    const all = xml.join('');
    for (const m of all.matchAll(/<p:sp>.*?<\/p:sp>/g)) {
      const sp = m[0];
      expect(childNames(sp, 'p:sp')).toEqual(
        sp.includes('<p:txBody>') ? ['p:nvSpPr', 'p:spPr', 'p:txBody'] : ['p:nvSpPr', 'p:spPr'],
      );
      expect(childNames(sp, 'p:nvSpPr')).toEqual(['p:cNvPr', 'p:cNvSpPr', 'p:nvPr']);
      const spPr = childNames(sp, 'p:spPr');
      expect(spPr[0]).toBe('a:xfrm');
      expect(['a:prstGeom', 'a:custGeom']).toContain(spPr[1]);
      if (spPr[1] === 'a:custGeom')
        expect(childNames(sp, 'a:custGeom')).toEqual([
          'a:avLst',
          'a:gdLst',
          'a:ahLst',
          'a:cxnLst',
          'a:rect',
          'a:pathLst',
        ]);
      expect(['a:noFill', 'a:solidFill']).toContain(spPr[2]);
      expect(spPr[3]).toBe('a:ln');
      if (sp.includes('<p:txBody>')) expect(childNames(sp, 'p:txBody').slice(0, 2)).toEqual(['a:bodyPr', 'a:lstStyle']);
    }
    for (const m of all.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/g)) {
      const c = m[0];
      expect(childNames(c, 'p:cxnSp')).toEqual(['p:nvCxnSpPr', 'p:spPr']);
      expect(childNames(c, 'p:nvCxnSpPr')).toEqual(['p:cNvPr', 'p:cNvCxnSpPr', 'p:nvPr']);
      const glue = childNames(c, 'p:cNvCxnSpPr');
      expect(glue).toEqual(glue.length === 2 ? ['a:stCxn', 'a:endCxn'] : []);
      expect(childNames(c, 'p:spPr')).toEqual(['a:xfrm', 'a:prstGeom', 'a:noFill', 'a:ln']);
      const ln = childNames(c, 'a:ln');
      // fill, dash, join, then head end before tail end.
      expect(ln.slice(0, 3)).toEqual(['a:solidFill', 'a:prstDash', 'a:round']);
      expect(ln.slice(3).join(',')).toMatch(/^(a:headEnd)?,?(a:tailEnd)?$/);
    }
    for (const m of all.matchAll(/<a:r><a:rPr .*?<\/a:rPr>/g))
      expect(childNames(`${m[0]}</a:r>`, 'a:r')[0]).toBe('a:rPr');
  });

  it('uses connector geometry with its box from start to end: flips for links that go left or up, never negative sizes', () => {
    for (const m of xml.join('').matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/g)) {
      const ext = /<a:ext cx="(-?\d+)" cy="(-?\d+)"\/>/.exec(m[0]);
      expect(Number(ext?.[1])).toBeGreaterThanOrEqual(0);
      expect(Number(ext?.[2])).toBeGreaterThanOrEqual(0);
      expect(m[0]).toMatch(/prst="(bentConnector3|straightConnector1)"/);
    }
  });
});

describe('exportPptx', () => {
  it('writes one shape per node and a connector glued to both ends of each link', async () => {
    const d = hostileDataset();
    const visible = applyFilters(indexDataset(d), NO_FILTERS);
    const plan = planPages({ dataset: d, visible, page: parsePage('16:9')! });
    const slides = await slidesOf(await exportPptx(pptxSlides(plan.pages), { title: 'T' }));
    expect(slides).toHaveLength(plan.pages.length);
    const xml = slides.join('');
    const named = new Set<string>();
    let connectorCount = 0;
    for (const slide of slides) {
      // Shape ids are per slide.
      const ids = new Map<string, string>();
      for (const m of slide.matchAll(/<p:cNvPr id="(\d+)" name="node:([^"]+)"/g)) ids.set(m[1] ?? '', m[2] ?? '');
      for (const id of ids.values()) named.add(id);
      const all = [...slide.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(all).size).toBe(all.length);
      const connectors = [...slide.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/g)]
        .map((m) => m[0])
        .filter((c) => c.includes('name="link:'));
      connectorCount += connectors.length;
      for (const c of connectors) {
        const start = /<a:stCxn id="(\d+)"/.exec(c)?.[1] ?? '';
        const end = /<a:endCxn id="(\d+)"/.exec(c)?.[1] ?? '';
        const [from, to] = /name="link:([^"]+)"/.exec(c)?.[1]?.split('-&gt;') ?? [];
        expect(ids.get(start)).toBe(from);
        expect(ids.get(end)).toBe(to);
        expect(c).toMatch(/<a:(tailEnd|headEnd) type="triangle"/);
      }
    }
    expect(named).toEqual(new Set(plan.pages.flatMap((p) => p.nodes)));
    expect(connectorCount).toBe(plan.pages.reduce((sum, p) => sum + p.links.length, 0));
    expect(connectorCount).toBeGreaterThan(0);
    // Every text run at least 9 pt (sz is in hundredths of a point).
    for (const m of xml.matchAll(/<a:rPr [^>]*\bsz="(\d+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(900);
    // Labels survive as text: Arabic, Chinese, markup.
    expect(xml).toContain('الاتصالات');
    expect(xml).toContain('信息通信技术');
    expect(xml).toContain('&lt;script&gt;');
  });
});
