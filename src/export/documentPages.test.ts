import { describe, expect, it } from 'vitest';
import { scopedSubset } from './documentPages';
import { loadTiny } from '../../test/export/xml';

describe('scopedSubset', () => {
  it('exports the focused chain walked as on screen: both ways by default, one way when asked', () => {
    const dataset = loadTiny();
    const visible = { nodes: dataset.nodes, links: dataset.links };
    const ids = (chain?: Parameters<typeof scopedSubset>[0]['chain']) =>
      scopedSubset({ dataset, visible, scope: 'focus', focus: 'p1', chain })
        .nodes.map((n) => n.id)
        .sort();
    const both = ids();
    const delivers = ids({ direction: 'up', depth: Infinity, mode: 'chain' });
    const deliveredBy = ids({ direction: 'down', depth: Infinity, mode: 'chain' });
    // The programme serves goals (up) and is delivered by initiatives and action lines (down).
    expect(delivers).toContain('g1');
    expect(delivers).not.toContain('ri1');
    expect(deliveredBy).toContain('ri1');
    expect(deliveredBy).not.toContain('g1');
    expect(both).toEqual(expect.arrayContaining([...delivers, ...deliveredBy]));
  });
});
