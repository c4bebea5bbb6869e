import { describe, expect, it } from 'vitest';
import { exportJson } from './json';
import { readDataset } from '../io/readDataset';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset, linkKey } from '../model/graph';
import { hostileDataset, loadTiny } from '../../test/export/xml';

describe('exportJson', () => {
  it('writes a dataset that readDataset accepts, holding exactly the visible subset', () => {
    const d = loadTiny();
    const withTwoSources = {
      ...d,
      meta: {
        ...d.meta,
        sources: [...d.meta.sources, { id: 'unused', title: 'Not cited', url: 'https://example.org/u' }],
      },
    };
    const visible = applyFilters(indexDataset(withTwoSources), {
      ...NO_FILTERS,
      kinds: ['goal', 'programme', 'regional-initiative'],
    });
    const result = readDataset(exportJson(withTwoSources, visible));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const out = result.dataset;
    expect(out?.meta.title).toBe(d.meta.title);
    expect(out?.kinds).toEqual(d.kinds);
    expect(out?.nodes.map((n) => n.id)).toEqual(visible.nodes.map((n) => n.id));
    expect(out?.links.map(linkKey)).toEqual(visible.links.map(linkKey));
    expect(out?.meta.sources.map((s) => s.id)).toEqual(['doc']);
    expect(out?.views).toEqual([]);
  });

  it('round-trips the whole dataset unchanged, hostile labels included', () => {
    const d = hostileDataset();
    const out = readDataset(exportJson(d, d)).dataset;
    expect(out).toEqual({ ...d, views: [] });
  });

  it('drops links whose ends are not both visible, so the file stays valid', () => {
    const d = loadTiny();
    const visible = { nodes: d.nodes.filter((n) => n.id !== 'p1'), links: d.links };
    const result = readDataset(exportJson(d, visible));
    expect(result.dataset).toBeDefined();
    expect(result.dataset?.links.some((l) => l.source === 'p1' || l.target === 'p1')).toBe(false);
  });
});
