import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { layoutMap } from '../layout/layoutMap';
import { indexDataset } from '../model/graph';
import { toFlowElements } from './toFlowElements';

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
