import { describe, expect, it } from 'vitest';
import { documentPages, scopedSubset } from './documentPages';
import { parsePage } from './page/pageSize';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
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

describe('documentPages', () => {
  it('states in the subtitle, once, a column the filters emptied (PowerPoint, Word and PDF)', () => {
    const dataset = loadTiny();
    const filters = { ...NO_FILTERS, regions: ['Africa'] };
    const visible = applyFilters(indexDataset(dataset), filters);
    const plan = documentPages({ dataset, visible, filters, scope: 'map', focus: null, page: parsePage('16:9')! });
    const subtitle = plan.pages[0]!.scene.description;
    expect(subtitle.split('No regional initiatives for Africa in this dataset')).toHaveLength(2);
    expect(subtitle).not.toContain('Nothing left in Regional initiatives');
  });
});
