import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { layoutMap } from '../layout/layoutMap';
import { indexDataset } from '../model/graph';
import { toFlowElements } from './toFlowElements';

describe('toFlowElements', () => {
  const tiny = loadFixture();
  const layout = layoutMap({ dataset: tiny, today: new Date('2026-06-01T12:00:00') });
  const { nodes, edges } = toFlowElements({
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

  it('names each link for assistive technology by codes or titles, relation, basis and note, not by ids', () => {
    const link = edges.find((e) => e.source === 'c5' && e.target === 'p1');
    expect(link?.ariaLabel).toMatch(
      /^C5 \S+ Inclusive and secure telecommunications\/ICTs — (official|derived|proposed)/,
    );
    for (const edge of edges) {
      expect(edge.ariaLabel).toBe(edge.data?.title);
      expect(edge.ariaLabel).not.toContain('->');
    }
  });
});
