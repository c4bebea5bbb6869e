import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { exportSvg, type SvgOptions } from './svg';
import { stripIllegalXmlChars } from './escape';
import { layoutMap } from '../layout/layoutMap';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import type { Dataset } from '../model/schema';
import { hostileDataset, labelLinesOf, loadTiny, parseSvg } from '../../test/export/xml';

const GOLDEN = new URL('../../test/golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** A fixed day, so the order (which favours the view a dataset opens on in its current cycle) never drifts. */
const TODAY = new Date('2026-06-01T12:00:00');

function render(
  dataset: Dataset,
  options?: SvgOptions,
  focus: string | null = null,
  kinds: string[] | null = null,
): string {
  const visible = applyFilters(indexDataset(dataset), { ...NO_FILTERS, kinds });
  return exportSvg({ dataset, visible, layout: layoutMap({ dataset, visible, today: TODAY }), focus, options });
}

/** The golden views: file name -> SVG. */
const views: Record<string, () => string> = {
  'tiny-full.svg': () => render(loadTiny()),
  'tiny-focus-goal.svg': () => render(loadTiny(), { subtitle: 'Focus on Goal 2 · all periods' }, 'g2'),
  'tiny-print-no-legend.svg': () => render(loadTiny(), { theme: 'print', legend: false, fit: 'a4-landscape' }),
  'tiny-filtered-16x9.svg': () =>
    render(loadTiny(), { subtitle: 'Kinds: Goals, WTDC programmes, Regional initiatives', fit: '16:9' }, null, [
      'goal',
      'programme',
      'regional-initiative',
    ]),
  'hostile-labels.svg': () => render(hostileDataset(), { subtitle: `Filters: <b>"all"</b> & 'more'` }),
  // A link within a column loops out to the right; the page must widen to hold it.
  'tiny-same-column.svg': () => render(withinColumnLink()),
};

/** The tiny fixture with a second Question linked to the first: a link within the last column. */
function withinColumnLink(): Dataset {
  const d = loadTiny();
  const q3 = d.nodes.find((n) => n.id === 'q3');
  if (!q3) throw new Error('fixture changed');
  const q4 = { ...q3, id: 'q4', code: 'Q4/2', label: 'Sibling Question' };
  const link = {
    source: 'q4',
    target: 'q3',
    relation: 'complements',
    basis: 'derived' as const,
    sources: [],
    confidence: 'medium' as const,
    note: 'Test.',
  };
  return { ...d, nodes: [...d.nodes, q4], links: [...d.links, link] };
}

describe('exportSvg golden files', () => {
  for (const [file, make] of Object.entries(views)) {
    it(`${file} matches test/golden/${file}`, () => {
      const svg = make();
      const path = new URL(file, GOLDEN);
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, svg);
      }
      if (!existsSync(path))
        throw new Error(`missing golden file ${file}: run UPDATE_GOLDEN=1 npx vitest run --project unit src/export`);
      expect(svg).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('is deterministic: the same input gives the same bytes, whatever the input order', () => {
    const d = loadTiny();
    const shuffled = { ...d, nodes: [...d.nodes].reverse(), links: [...d.links].reverse() };
    const visibleA = { nodes: d.nodes, links: d.links };
    const visibleB = { nodes: shuffled.nodes, links: shuffled.links };
    const layout = layoutMap({ dataset: d });
    expect(exportSvg({ dataset: d, visible: visibleB, layout })).toBe(
      exportSvg({ dataset: d, visible: visibleA, layout }),
    );
  });
});

describe('exportSvg output', () => {
  for (const [file, make] of Object.entries(views)) {
    it(`${file}: well-formed standalone SVG without script, foreignObject, CSS imports or external references`, () => {
      const svg = make();
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
      const doc = parseSvg(svg);
      const root = doc.documentElement;
      expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
      for (const tag of ['script', 'foreignObject', 'image', 'use', 'a', 'iframe'])
        expect(doc.getElementsByTagName(tag).length, tag).toBe(0);
      expect(doc.getElementsByTagName('style').length).toBeLessThanOrEqual(1);
      for (const el of doc.getElementsByTagName('*')) {
        for (const attr of el.attributes) {
          expect(attr.name.startsWith('on'), `${el.nodeName} ${attr.name}`).toBe(false);
          if (/url\(/.test(attr.value)) expect(attr.value).toMatch(/^url\(#[\w-]+\)$/);
          expect(attr.name).not.toMatch(/href$/);
        }
      }
      expect(svg).not.toMatch(/@import|@font-face/);
    });
  }

  it('fits the whole filtered map in the viewBox, not just a viewport', () => {
    const d = loadTiny();
    const layout = layoutMap({ dataset: d });
    const doc = parseSvg(exportSvg({ dataset: d, visible: d, layout }));
    const [, , w, h] = (doc.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(w).toBeGreaterThanOrEqual(layout.width + 2 * 28);
    expect(h).toBeGreaterThan(layout.height);
    expect(doc.querySelectorAll('g[data-node]')).toHaveLength(d.nodes.length);
    expect(doc.querySelectorAll('path[data-link]')).toHaveLength(d.links.length);
  });

  it('draws each label exactly as the layout wrapped it, and every code', () => {
    const d = loadTiny();
    const layout = layoutMap({ dataset: d });
    const svg = exportSvg({ dataset: d, visible: d, layout });
    const doc = parseSvg(svg);
    for (const node of d.nodes) {
      expect(labelLinesOf(doc, node.id)).toEqual(layout.boxes.get(node.id)?.lines);
      if (node.code) expect(doc.documentElement.textContent).toContain(node.code);
    }
  });

  it('draws arrowheads at the target end, with markers defined in the file', () => {
    const d = loadTiny();
    const doc = parseSvg(render(d));
    const ids = new Set([...doc.getElementsByTagName('marker')].map((m) => m.getAttribute('id')));
    for (const path of doc.querySelectorAll('path[data-link]')) {
      const marker = path.getAttribute('marker-end') ?? path.getAttribute('marker-start') ?? '';
      expect(ids.has(/^url\(#(.+)\)$/.exec(marker)?.[1] ?? '')).toBe(true);
    }
  });

  it('fades what is off the focused chains and outlines the focused node', () => {
    const doc = parseSvg(render(loadTiny(), {}, 'g2'));
    const faded = doc.querySelector('g.faded');
    expect(faded?.getAttribute('opacity')).toBe('0.18');
    const fadedIds = [...(faded?.querySelectorAll('g[data-node]') ?? [])]
      .map((g) => g.getAttribute('data-node'))
      .sort();
    // Goal 2's chain: Cybersecurity -> the programme -> its regional initiative and WSIS action line -> the Question.
    expect(fadedIds).toEqual(['g1']);
    const focused = [...doc.querySelectorAll('g[data-node]')].find((g) => g.getAttribute('data-node') === 'g2');
    expect(focused?.querySelector('path')?.getAttribute('stroke-width')).toBe('3.5');
  });

  it('keeps hostile labels as text: markup, quotes, RTL, CJK, emoji', () => {
    const d = hostileDataset();
    const svg = render(d, { subtitle: `<b>"x"</b>` });
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const layout = layoutMap({ dataset: d });
    for (const node of d.nodes) expect(labelLinesOf(doc, node.id)).toEqual(layout.boxes.get(node.id)?.lines);
    expect(labelLinesOf(doc, 'g1').join(' ')).toBe('<script>alert(1)</script>');
    expect(labelLinesOf(doc, 'g2').join(' ')).toBe(`A & B "quoted" 'single'`);
    expect(labelLinesOf(doc, 'tp1').join(' ')).toBe('الاتصالات');
    expect(doc.documentElement.textContent).toContain('信息通信技术');
    expect(doc.documentElement.textContent).toContain('Электросвязь');
    // Right-to-left labels are set flush right, like dir="auto" on screen.
    const arabic = [...doc.querySelectorAll('g[data-node]')].find((g) => g.getAttribute('data-node') === 'tp1');
    expect(arabic?.querySelector('text.label')?.getAttribute('text-anchor')).toBe('end');
  });

  it('honours the options: print theme, no legend, no title, no footer, page fits', () => {
    const d = loadTiny();
    const plain = parseSvg(render(d, { legend: false, title: false, footer: false }));
    expect(plain.querySelector('g.legend')).toBeNull();
    expect(plain.querySelector('g.footer')).toBeNull();
    expect(plain.getElementsByTagName('title')[0]?.parentNode).not.toBe(plain.documentElement);
    const print = parseSvg(render(d, { theme: 'print' }));
    expect(print.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
    const a4 = parseSvg(render(d, { fit: 'a4-landscape' })).documentElement;
    expect(a4.getAttribute('width')).toBe('297mm');
    const [, , w, h] = (a4.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect((w as number) / (h as number)).toBeCloseTo(297 / 210, 2);
    const slide = parseSvg(render(d, { fit: '16:9' })).documentElement;
    expect(Number(slide.getAttribute('width')) / Number(slide.getAttribute('height'))).toBeCloseTo(16 / 9, 2);
  });

  it('widens the page for a loop between nodes of the last column', () => {
    const d = withinColumnLink();
    const layout = layoutMap({ dataset: d });
    const doc = parseSvg(exportSvg({ dataset: d, visible: d, layout }));
    const loop = [...doc.querySelectorAll('path[data-link]')].find(
      (p) => p.getAttribute('data-link') === 'q4->q3:complements',
    );
    const xs = (loop?.getAttribute('d')?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
    const [start, handle] = [xs[0] as number, Math.max(...xs)];
    expect(start).toBeCloseTo(layout.width, 0);
    const [, , w] = (doc.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number);
    // Content starts after the 28 px margin; the curve reaches 3/4 of its handles' reach.
    expect(28 + start + 0.75 * (handle - start)).toBeLessThanOrEqual((w as number) - 28);
  });

  it('says so when the filters leave nothing', () => {
    const d = loadTiny();
    const doc = parseSvg(render(d, {}, null, []));
    expect(doc.documentElement.textContent).toContain('No nodes match the current filters.');
  });
});

describe('exportSvg with random labels (property)', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '<script>',
      '</text>',
      ']]>',
      '&amp;',
      '\u0000',
      '\u0008',
      '\uD800',
      '\uDFFF',
      '\uFFFE',
    ),
    fc.constantFrom(
      'الاتصالات',
      'שלום',
      '信息通信技术',
      'Электросвязь',
      '😀',
      '👩🏽‍💻',
      ' ',
      '\t',
      '\n',
      'é',
      'x'.repeat(70),
    ),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  );
  const label = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  const noSpace = (s: string) => s.replace(/\s+/g, '');

  it('always yields well-formed SVG with the label text intact, or cut with an ellipsis as the layout wrapped it', () => {
    const base = loadTiny();
    fc.assert(
      fc.property(label, label, label, (text, code, subtitle) => {
        const dataset: Dataset = {
          ...base,
          nodes: base.nodes.map((n) => (n.id === 'p1' ? { ...n, label: text, code: code === '' ? 'P' : code } : n)),
        };
        const layout = layoutMap({ dataset });
        const box = layout.boxes.get('p1');
        const doc = parseSvg(exportSvg({ dataset, visible: dataset, layout, options: { subtitle, title: text } }));
        const lines = labelLinesOf(doc, 'p1');
        expect(lines).toEqual(box?.lines.map(stripIllegalXmlChars));
        const drawn = noSpace(lines.join(''));
        const original = noSpace(stripIllegalXmlChars(text));
        if (box?.truncated) {
          expect(drawn.endsWith('…')).toBe(true);
          expect(original.startsWith(drawn.slice(0, -1))).toBe(true);
        } else {
          expect(drawn).toBe(original);
        }
      }),
      { seed: 20260101, numRuns: 150 },
    );
    // 150 full exports parsed by jsdom take ~3 s alone and twice that on a loaded 2-core CI machine.
  }, 30_000);
});
