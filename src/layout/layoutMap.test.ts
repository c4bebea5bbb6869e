import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  layoutMap,
  openingNodes,
  orderDataset,
  orderInputOf,
  refineDatasetOrder,
  sweptDatasetOrder,
} from './layoutMap';
import { orderLayers } from './order';
import { placeLayers } from './place';
import { applyFilters, defaultFilters } from '../model/filters';
import { indexDataset } from '../model/graph';
import { syntheticDataset } from '../model/synthetic';
import { linkKey } from '../model/graph';
import type { Dataset } from '../model/schema';
import type { MapLayout } from './types';

const tiny: Dataset = loadFixture();

const overlaps = (layout: MapLayout) => {
  const boxes = [...layout.boxes.values()];
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
    }
  return n;
};

describe('layoutMap', () => {
  it('puts one column per kind, in kind order, with headers', () => {
    const layout = layoutMap({ dataset: tiny });
    expect(layout.columns.map((c) => c.kind)).toEqual(tiny.kinds.map((k) => k.id));
    expect(layout.columns[0]?.title).toBe('Goals');
    const xOf = (id: string) => layout.boxes.get(id)?.x ?? -1;
    expect(xOf('g1')).toBeLessThan(xOf('tp1'));
    expect(xOf('tp1')).toBeLessThan(xOf('p1'));
    expect(xOf('p1')).toBeLessThan(xOf('ri1'));
    expect(xOf('c5')).toBeLessThan(xOf('q3'));
    for (const box of layout.boxes.values()) expect(box.y).toBeGreaterThanOrEqual(layout.columns.length > 0 ? 56 : 0);
  });

  it('is deterministic', () => {
    const d = syntheticDataset({ nodes: 400, seed: 3 });
    const a = layoutMap({ dataset: d });
    const b = layoutMap({ dataset: structuredClone(d) });
    expect([...b.boxes.entries()]).toEqual([...a.boxes.entries()]);
    expect([...b.routes.entries()]).toEqual([...a.routes.entries()]);
  });

  it('leaves far fewer crossings than the input order', () => {
    const d = syntheticDataset({ nodes: 300, seed: 5 });
    const unordered = orderDataset(d, { sweeps: 0 });
    const before = placeLayers({ kinds: d.kinds, nodes: d.nodes, links: d.links, order: unordered }).crossings;
    const after = layoutMap({ dataset: d }).crossings;
    expect(before).toBeGreaterThan(0);
    expect(after).toBeLessThan(before * 0.6);
  });

  it('refines the quick first order into exactly the full one (the worker draws both in turn)', () => {
    const today = new Date('2026-06-01T12:00:00');
    const d = syntheticDataset({ nodes: 500, seed: 7 });
    const first = sweptDatasetOrder(d, { today });
    const refined = refineDatasetOrder(d, first, { today });
    expect(refined).toEqual(orderDataset(d, { today }));
    expect(refined.crossings).toBeLessThan(first.crossings);
  });

  it('never overlaps boxes', () => {
    const d = syntheticDataset({ nodes: 300, seed: 9 });
    expect(overlaps(layoutMap({ dataset: d }))).toBe(0);
  });

  it('routes a long link through the gaps of the columns it skips', () => {
    // p1 -> g1 skips the thematic-priority column.
    const layout = layoutMap({ dataset: tiny });
    const route = layout.routes.get(linkKey({ source: 'p1', target: 'g1', relation: 'contributes-to' }));
    expect(route).toBeDefined();
    const column = layout.columns[1]!;
    const inColumn = route!.points.filter((p) => p.x >= column.x && p.x <= column.x + column.width);
    expect(inColumn).toHaveLength(2);
    const tp = layout.boxes.get('tp1')!;
    for (const p of inColumn) expect(p.y < tp.y || p.y > tp.y + tp.height).toBe(true);
    // Arrowhead at the goal, which is the left end.
    expect(route!.arrowAt).toBe('start');
  });

  it('keeps the full order when filters hide nodes and columns', () => {
    const d = syntheticDataset({ nodes: 300, seed: 11 });
    const order = orderDataset(d);
    const full = layoutMap({ dataset: d, order });
    const nodes = d.nodes.filter((n) => n.kind !== 'thematic-priority' && !n.id.endsWith('3'));
    const ids = new Set(nodes.map((n) => n.id));
    const links = d.links.filter((l) => ids.has(l.source) && ids.has(l.target));
    const part = layoutMap({ dataset: d, visible: { nodes, links }, order });
    expect(part.columns).toHaveLength(5);
    expect(overlaps(part)).toBe(0);
    // Nodes that survive keep their relative vertical order within each column.
    for (const kind of ['programme', 'regional-initiative', 'study-question']) {
      const orderIn = (l: MapLayout) =>
        nodes
          .filter((n) => n.kind === kind)
          .sort((a, b) => l.boxes.get(a.id)!.y - l.boxes.get(b.id)!.y)
          .map((n) => n.id);
      expect(orderIn(part)).toEqual(orderIn(full));
    }
  });

  it('keeps the slot of a column the filters emptied, with its notice where the nodes would be', () => {
    const filters = { ...defaultFilters(tiny, new Date('2026-05-01')), regions: ['Africa'] };
    const visible = applyFilters(indexDataset(tiny), filters);
    expect(visible.nodes.some((n) => n.kind === 'regional-initiative')).toBe(false);
    const layout = layoutMap({ dataset: tiny, visible });
    const kinds = layout.columns.map((c) => c.kind);
    expect(kinds).toContain('regional-initiative');
    const empty = layout.columns.find((c) => c.kind === 'regional-initiative')!;
    expect(empty.count).toBe(0);
    expect(empty.notice?.text).toBe('No regional initiatives for Africa in 2024-2027 in this dataset');
    expect(empty.notice?.lines.join(' ')).toBe(empty.notice?.text);
    // The slot sits between its neighbours, as in the unfiltered map.
    const full = layoutMap({ dataset: tiny });
    expect(layout.columns.map((c) => [c.kind, c.x])).toEqual(
      full.columns.filter((c) => kinds.includes(c.kind)).map((c) => [c.kind, c.x]),
    );
    // A link that skips the column runs below the notice, never through it.
    const notice = empty.notice!;
    const through = layout.routes.get(linkKey(tiny.links.find((l) => l.source === 'c5')!))!;
    const inSlot = through.points.filter((p) => p.x >= empty.x && p.x <= empty.x + empty.width);
    expect(inSlot.length).toBeGreaterThan(0);
    for (const p of inSlot) expect(p.y).toBeGreaterThan(notice.y + notice.height);
    // A column turned off is not emptied: no slot.
    const off = applyFilters(indexDataset(tiny), { ...filters, kinds: ['goal', 'programme'] });
    expect(layoutMap({ dataset: tiny, visible: off }).columns.map((c) => c.kind)).toEqual(['goal', 'programme']);
  });

  it('shows gaps with the gap wording', () => {
    const layout = layoutMap({ dataset: tiny });
    expect(layout.boxes.get('q3')?.lines).toEqual(['title not yet sourced']);
  });

  describe('the view a dataset opens on', () => {
    const itu = JSON.parse(readFileSync(resolve(process.cwd(), 'data/itu.json'), 'utf8')) as Dataset;
    const today = new Date('2026-06-01T12:00:00');
    /** Ordering every node together, with no regard for the opening view. */
    const together = (d: Dataset) => orderLayers(orderInputOf(d));
    const opening = (d: Dataset) => applyFilters(indexDataset(d), defaultFilters(d, today));

    it('draws the built-in opening view as cleanly as if it were laid out alone', () => {
      const shown = opening(itu);
      expect(openingNodes(itu, today).size).toBe(shown.nodes.length);
      expect(shown.nodes.length).toBeLessThan(itu.nodes.length);
      const inMap = layoutMap({ dataset: itu, visible: shown, today }).crossings;
      const alone = layoutMap({ dataset: { ...itu, nodes: shown.nodes, links: shown.links }, today }).crossings;
      const ignoringIt = placeLayers({ kinds: itu.kinds, ...shown, order: together(itu) }).crossings;
      expect(inMap).toBe(alone);
      expect(inMap).toBeLessThan(ignoringIt * 0.75);
    });

    it('refines the built-in opening view well below the quick first order, and the same each time', () => {
      const shown = opening(itu);
      const refined = orderDataset(itu, { today });
      expect(orderDataset(structuredClone(itu), { today })).toEqual(refined);
      const inView = (order: ReturnType<typeof orderDataset>) =>
        placeLayers({ kinds: itu.kinds, ...shown, order }).crossings;
      expect(inView(refined)).toBeLessThan(inView(sweptDatasetOrder(itu, { today })) * 0.85);
    });

    it('never costs the whole map more than a quarter more crossings for it', () => {
      for (const d of [itu, syntheticDataset({ nodes: 300, seed: 5 })]) {
        expect(opening(d).nodes.length).toBeLessThan(d.nodes.length);
        expect(orderDataset(d, { today }).crossings).toBeLessThanOrEqual(together(d).crossings * 1.25);
      }
    });
  });
});
