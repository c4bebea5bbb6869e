import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from './schema';
import { indexDataset } from './graph';
import { syntheticDataset } from './synthetic';
import {
  NO_FILTERS,
  applyFilters,
  countOptions,
  currentCycle,
  defaultFilters,
  periodsOverlap,
  sameFilters,
  toggleInList,
  visibleGraph,
  type Filters,
} from './filters';

const tinyText = readFileSync(new URL('../../test/fixtures/tiny.json', import.meta.url), 'utf8');
const tiny = (): Dataset => JSON.parse(tinyText) as Dataset;
const index = indexDataset(tiny());
const ids = (filters: Partial<Filters>) => applyFilters(index, { ...NO_FILTERS, ...filters }).nodes.map((n) => n.id);
const linkIds = (filters: Partial<Filters>) =>
  applyFilters(index, { ...NO_FILTERS, ...filters }).links.map((l) => `${l.source}>${l.target}`);

describe('defaultFilters', () => {
  it('shows every kind and the planning cycle containing today', () => {
    expect(defaultFilters(tiny(), new Date('2026-03-01'))).toEqual({ ...NO_FILTERS, periods: ['2024-2027'] });
  });

  it('picks the cycle of the goals that contains today, else the latest', () => {
    const d = tiny();
    d.nodes[0] = { ...d.nodes[0]!, periods: ['2020-2023'] };
    expect(currentCycle(d, new Date('2021-06-01'))).toBe('2020-2023');
    expect(currentCycle(d, new Date('2025-06-01'))).toBe('2024-2027');
    expect(currentCycle(d, new Date('2035-06-01'))).toBe('2024-2027');
    expect(currentCycle(d, new Date('2001-06-01'))).toBe('2024-2027');
  });

  it('leaves kinds marked hidden off', () => {
    const d = tiny();
    d.kinds = d.kinds.map((k) =>
      k.id === 'wsis-action-line' || k.id === 'study-question' ? { ...k, hidden: true } : k,
    );
    expect(defaultFilters(d, new Date('2026-03-01')).kinds).toEqual([
      'goal',
      'thematic-priority',
      'programme',
      'regional-initiative',
    ]);
  });

  it('leaves periods unrestricted when goals have none', () => {
    const d = tiny();
    d.nodes = d.nodes.map((n) => ({ ...n, periods: [] }));
    expect(defaultFilters(d, new Date('2026-01-01')).periods).toBeNull();
  });
});

describe('applyFilters', () => {
  it('shows everything, in dataset order, without restrictions', () => {
    const all = applyFilters(index, NO_FILTERS);
    expect(all.nodes).toEqual(index.dataset.nodes);
    expect(all.links).toEqual(index.dataset.links);
    expect([...all.nodeIds]).toEqual(index.dataset.nodes.map((n) => n.id));
  });

  it('keeps a node whose period overlaps a selected one, so 2022-2025 Questions show in both cycles', () => {
    expect(periodsOverlap('2022-2025', '2020-2023')).toBe(true);
    expect(periodsOverlap('2022-2025', '2024-2027')).toBe(true);
    expect(periodsOverlap('2024', '2020-2023')).toBe(false);
    expect(ids({ periods: ['2020-2023'] })).toEqual(['q3']);
    expect(ids({ periods: ['2024-2027'] })).toHaveLength(7);
    expect(ids({ periods: ['2028'] })).toEqual([]);
  });

  it('keeps a node without periods under any period', () => {
    const d = tiny();
    d.nodes[0] = { ...d.nodes[0]!, periods: [] };
    const out = applyFilters(indexDataset(d), { ...NO_FILTERS, periods: ['2020-2023'] });
    expect(out.nodes.map((n) => n.id)).toEqual(['g1', 'q3']);
  });

  it('keeps global nodes (no region or sector) under a region or sector filter', () => {
    expect(ids({ regions: ['Africa'] })).toEqual(['g1', 'g2', 'tp1', 'p1', 'c5', 'q3']);
    expect(ids({ regions: ['Arab States'] })).toContain('ri1');
    expect(ids({ sectors: ['ITU-T'] })).toEqual(['g1', 'g2', 'ri1', 'c5', 'q3']);
  });

  it('drops the links of a hidden column', () => {
    expect(ids({ kinds: ['goal', 'regional-initiative'] })).toEqual(['g1', 'g2', 'ri1']);
    expect(linkIds({ kinds: ['goal', 'regional-initiative'] })).toEqual([]);
    expect(linkIds({ kinds: ['programme', 'regional-initiative'] })).toEqual(['ri1>p1']);
  });

  it('applies basis to links and confidence to nodes and links', () => {
    expect(ids({ bases: ['official'] })).toHaveLength(7);
    expect(linkIds({ bases: ['official'] })).toEqual(['ri1>p1']);
    expect(ids({ confidences: ['high'] })).toEqual(['g1', 'g2', 'p1', 'c5']);
    expect(linkIds({ confidences: ['high'] })).toEqual([]);
    expect(linkIds({ confidences: ['medium', 'high'] })).toEqual(['p1>g1', 'ri1>p1', 'c5>p1', 'q3>c5']);
  });

  it('keeps the upstream and downstream chains of the scope nodes', () => {
    expect(ids({ scope: ['g2'] })).toEqual(['g2', 'tp1', 'p1', 'ri1', 'c5', 'q3']);
    expect(linkIds({ scope: ['g2'] })).toEqual(['tp1>g2', 'p1>tp1', 'ri1>p1', 'c5>p1', 'q3>c5']);
    expect(ids({ scope: ['ri1'] })).toEqual(['g1', 'g2', 'tp1', 'p1', 'ri1']);
    expect(ids({ scope: ['ri1', 'q3'] })).toEqual(['g1', 'g2', 'tp1', 'p1', 'ri1', 'c5', 'q3']);
  });

  it('walks the scope within the filtered subgraph', () => {
    // Without proposed links, Goal 2 connects to nothing.
    expect(ids({ scope: ['g2'], bases: ['official', 'derived'] })).toEqual(['g2']);
    // Without the thematic priority, the chain from Goal 2 is cut.
    expect(ids({ scope: ['g2'], kinds: ['goal', 'programme', 'regional-initiative'] })).toEqual(['g2']);
    // A scope node whose neighbours are all filtered out keeps itself.
    expect(ids({ scope: ['q3'], periods: ['2022'] })).toEqual(['q3']);
    // A scope node hidden by an attribute filter keeps nothing.
    expect(ids({ scope: ['g1'], confidences: ['medium'] })).toEqual([]);
    expect(ids({ scope: ['no-such-node'] })).toEqual([]);
  });

  it('hides nodes left without links, after the scope', () => {
    expect(ids({ bases: ['official'], hideUnlinked: true })).toEqual(['p1', 'ri1']);
    expect(ids({ scope: ['g2'], bases: ['official', 'derived'], hideUnlinked: true })).toEqual([]);
  });

  it('never shows a link to a hidden node', () => {
    const d = syntheticDataset({ nodes: 400, seed: 3 });
    const big = indexDataset(d);
    const kinds = d.kinds.map((k) => k.id);
    const nodeIds = d.nodes.map((n) => n.id);
    const filters = fc.record({
      kinds: fc.option(fc.subarray(kinds)),
      periods: fc.option(fc.subarray(['2020-2023', '2024-2027', '2022'])),
      sectors: fc.constant(null),
      regions: fc.option(fc.subarray(['Africa', 'Americas', 'Arab States', 'Europe'])),
      bases: fc.option(fc.subarray(['official', 'derived', 'proposed'] as const)),
      confidences: fc.option(fc.subarray(['high', 'medium', 'low'] as const)),
      scope: fc.subarray(nodeIds, { maxLength: 3 }),
      hideUnlinked: fc.boolean(),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const out = applyFilters(big, f);
        for (const l of out.links) {
          if (!out.nodeIds.has(l.source) || !out.nodeIds.has(l.target)) return false;
        }
        if (f.hideUnlinked) {
          const linked = new Set(out.links.flatMap((l) => [l.source, l.target]));
          if (out.nodes.some((n) => !linked.has(n.id))) return false;
        }
        return out.nodes.length === out.nodeIds.size;
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});

describe('visibleGraph', () => {
  it('caches by filters object identity', () => {
    const f: Filters = { ...NO_FILTERS, kinds: ['goal'] };
    expect(visibleGraph(index, f)).toBe(visibleGraph(index, f));
    expect(visibleGraph(index, { ...f })).not.toBe(visibleGraph(index, f));
    expect(visibleGraph(index, { ...f })).toEqual(visibleGraph(index, f));
  });
});

describe('countOptions', () => {
  it('counts, per option, the nodes that have it and pass the other filters', () => {
    const counts = countOptions(index, defaultFilters(tiny(), new Date('2026-01-01')));
    expect(Object.fromEntries(counts.kinds)).toEqual({
      goal: 2,
      'thematic-priority': 1,
      programme: 1,
      'regional-initiative': 1,
      'wsis-action-line': 1,
      'study-question': 1,
    });
    expect(Object.fromEntries(counts.periods)).toEqual({ '2022-2025': 7, '2024-2027': 7 });
    expect(Object.fromEntries(counts.sectors)).toEqual({ 'ITU-D': 2 });
    expect(Object.fromEntries(counts.regions)).toEqual({ 'Arab States': 1 });
    expect(Object.fromEntries(counts.confidences)).toEqual({ high: 4, medium: 3, low: 0 });
    expect(Object.fromEntries(counts.bases)).toEqual({ official: 2, derived: 2, proposed: 5 });
  });

  it('does not let an option’s own filter change its count', () => {
    const counts = countOptions(index, { ...NO_FILTERS, kinds: ['programme'], confidences: ['high'] });
    expect(counts.kinds.get('goal')).toBe(2);
    expect(counts.kinds.get('thematic-priority')).toBe(0);
    expect(counts.confidences.get('medium')).toBe(0);
    expect(counts.confidences.get('high')).toBe(1);
    expect(counts.periods.get('2020-2023')).toBeUndefined();
  });

  it('matches what the map would show with only that option selected', () => {
    const d = syntheticDataset({ nodes: 500, seed: 5 });
    const big = indexDataset(d);
    const kinds = d.kinds.map((k) => k.id);
    const regions = ['Africa', 'Americas', 'Arab States', 'Asia-Pacific', 'CIS', 'Europe'];
    const filters = fc.record({
      kinds: fc.option(fc.subarray(kinds)),
      periods: fc.option(fc.subarray(['2020-2023', '2024-2027'])),
      sectors: fc.constant(null),
      regions: fc.option(fc.subarray(regions)),
      bases: fc.constant(null),
      confidences: fc.option(fc.subarray(['high', 'medium', 'low'] as const)),
      scope: fc.constant<string[]>([]),
      hideUnlinked: fc.constant(false),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const counts = countOptions(big, f);
        const shown = (g: Filters) => applyFilters(big, g).nodes;
        for (const k of kinds) if (counts.kinds.get(k) !== shown({ ...f, kinds: [k] }).length) return false;
        for (const c of ['high', 'medium', 'low'] as const) {
          if (counts.confidences.get(c) !== shown({ ...f, confidences: [c] }).length) return false;
        }
        for (const r of regions) {
          const withRegion = shown({ ...f, regions: [r] }).filter((n) => n.region === r).length;
          if (counts.regions.get(r) !== withRegion) return false;
        }
        return true;
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});

describe('toggleInList', () => {
  const all = ['a', 'b', 'c'];
  it('unticks from "all" and returns to null when everything is ticked again', () => {
    expect(toggleInList(null, 'b', all)).toEqual(['a', 'c']);
    expect(toggleInList(['a', 'c'], 'b', all)).toBeNull();
    expect(toggleInList(['c'], 'a', all)).toEqual(['a', 'c']);
    expect(toggleInList(['a'], 'a', all)).toEqual([]);
  });
});

describe('sameFilters', () => {
  it('ignores list order', () => {
    expect(sameFilters({ ...NO_FILTERS, kinds: ['a', 'b'] }, { ...NO_FILTERS, kinds: ['b', 'a'] })).toBe(true);
    expect(sameFilters({ ...NO_FILTERS, kinds: [] }, NO_FILTERS)).toBe(false);
  });
});
