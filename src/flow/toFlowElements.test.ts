import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { layoutMap } from '../layout/layoutMap';
import { indexDataset } from '../model/graph';
import { toFlowElements } from './toFlowElements';
import { syntheticDataset } from '../model/synthetic';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { orderDataset } from '../layout/layoutMap';
import { placeLayers } from '../layout/place';

describe('toFlowElements', () => {
  const tiny = loadFixture();
  const layout = layoutMap({ dataset: tiny, today: new Date('2026-06-01T12:00:00') });
  const { nodes, links } = toFlowElements({
    nodes: tiny.nodes,
    links: tiny.links,
    layout,
    kindById: indexDataset(tiny).kindById,
  });

  it('gives every node its laid-out place and size, and a header per column', () => {
    const p1 = nodes.find((n) => n.id === 'p1');
    expect(p1?.position).toEqual({ x: layout.boxes.get('p1')!.x, y: layout.boxes.get('p1')!.y });
    expect(p1?.measured).toEqual({ width: layout.boxes.get('p1')!.width, height: layout.boxes.get('p1')!.height });
    expect(nodes.filter((n) => n.type === 'header')).toHaveLength(layout.columns.length);
  });

  it('names each link by codes or titles, relation, basis and note, not by ids', () => {
    const link = links.find((e) => e.source === 'c5' && e.target === 'p1');
    expect(link?.title).toMatch(/^C5 \S+ Inclusive and secure telecommunications\/ICTs — (official|derived|proposed)/);
    for (const l of links) expect(l.title).not.toContain('->');
  });

  it('gives every routed link its curve from the route, ending on the node outlines, and a box around it', () => {
    expect(links).toHaveLength(layout.routes.size);
    for (const l of links) {
      const route = layout.routes.get(l.key)!;
      expect(l.arrow).toBe(route.arrowAt);
      const first = route.points[0]!;
      const last = route.points[route.points.length - 1]!;
      // The ends move only horizontally, onto the outlines.
      expect(l.curve.start.y).toBeCloseTo(first.y);
      expect(l.curve.segments[l.curve.segments.length - 1]!.to.y).toBeCloseTo(last.y);
      for (const p of [l.curve.start, ...l.curve.segments.map((s) => s.to)]) {
        expect(p.x).toBeGreaterThanOrEqual(l.box.x0);
        expect(p.x).toBeLessThanOrEqual(l.box.x1);
        expect(p.y).toBeGreaterThanOrEqual(l.box.y0);
        expect(p.y).toBeLessThanOrEqual(l.box.y1);
      }
    }
  });
});

describe('toFlowElements across filter changes', () => {
  const dataset = syntheticDataset({ nodes: 150, seed: 3 });
  const order = orderDataset(dataset, { today: new Date('2026-06-01T12:00:00') });
  const elementsFor = (kinds: string[] | null, d = dataset) => {
    const visible = applyFilters(indexDataset(d), { ...NO_FILTERS, kinds });
    const layout = placeLayers({
      kinds: d.kinds,
      nodes: visible.nodes,
      links: visible.links,
      order,
      emptied: visible.emptied,
    });
    return toFlowElements({ nodes: visible.nodes, links: visible.links, layout, kindById: indexDataset(d).kindById });
  };
  /** The same dataset as new objects: nothing made for `dataset` can be reused for it. */
  const copy = () => structuredClone(dataset);

  it('gives the elements a fresh computation gives, whatever was drawn before', () => {
    const all = dataset.kinds.map((k) => k.id);
    const sequence = [null, all.slice(0, 5), null, all.slice(1), all.slice(0, 3), all.filter((_, i) => i !== 3)];
    for (const kinds of sequence) {
      const { nodes, links } = elementsFor(kinds);
      const fresh = elementsFor(kinds, copy());
      expect(JSON.parse(JSON.stringify(nodes))).toEqual(JSON.parse(JSON.stringify(fresh.nodes)));
      expect(JSON.parse(JSON.stringify(links))).toEqual(JSON.parse(JSON.stringify(fresh.links)));
    }
  });

  it('hands back the same object for a node that did not move, and a new one for a node that did', () => {
    const all = dataset.kinds.map((k) => k.id);
    const before = new Map(elementsFor(null).nodes.map((n) => [n.id, n]));
    // Hiding the last column: the others keep their places except where its links pulled them.
    const after = elementsFor(all.slice(0, -1)).nodes;
    let same = 0;
    for (const node of after) {
      const old = before.get(node.id);
      if (!old) continue;
      const moved = old.position.x !== node.position.x || old.position.y !== node.position.y;
      expect(node === old).toBe(!moved && node.width === old.width);
      if (node === old) same++;
    }
    expect(same).toBeGreaterThan(0);
  });

  it('hands back the same items for links and nodes drawn as before, and names a link anew when an end is renamed', () => {
    const all = dataset.kinds.map((k) => k.id);
    const before = new Map(elementsFor(null).links.map((l) => [l.key, l]));
    const after = elementsFor(all.slice(0, -1)).links;
    const kept = after.filter((l) => before.get(l.key) === l);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(after.length);
    // Drawing a layout again (the engine keeps recent ones: a column hidden and shown) reuses all its items.
    const visible = applyFilters(indexDataset(dataset), NO_FILTERS);
    const shownBefore = placeLayers({ ...visible, kinds: dataset.kinds, order });
    const draw = () =>
      toFlowElements({ ...visible, layout: shownBefore, kindById: indexDataset(dataset).kindById }).links;
    const first = draw();
    elementsFor(all.slice(0, -1));
    expect(draw().every((l, i) => l === first[i])).toBe(true);
    const nodesOf = () =>
      toFlowElements({ ...visible, layout: shownBefore, kindById: indexDataset(dataset).kindById }).nodes;
    const firstNodes = nodesOf();
    elementsFor(all.slice(0, -1));
    expect(nodesOf().every((n, i) => n === firstNodes[i])).toBe(true);
    // An edit gives the renamed node a new object; the links keep theirs.
    const renamed = dataset.links[0]!.source;
    const edited = {
      ...dataset,
      nodes: dataset.nodes.map((n) => (n.id === renamed ? { ...n, code: 'ZZ9', title: 'Renamed' } : n)),
    };
    const link = elementsFor(null, edited).links.find((l) => l.source === renamed);
    expect(link?.title).toMatch(/^ZZ9 /);
  });
});
