import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { indexDataset } from './graph';
import { NO_FILTERS, applyFilters } from './filters';
import { cycleOf, distinctName, emptyColumns, periodBadge, regionName, sortPeriods } from './cycles';
import type { Dataset, MapNode } from './schema';

function twoCycles(): Dataset {
  const d = loadFixture('tiny.json');
  const q = d.nodes.find((n) => n.id === 'q3') as MapNode;
  q.periods = ['2022-2025'];
  d.nodes.push({ ...q, id: 'q3-old', periods: ['2018-2021'], label: 'An older title' });
  const ri = d.nodes.find((n) => n.id === 'ri1') as MapNode;
  ri.periods = ['2024-2027', '2022-2025'];
  ri.adoptedFor = '2022-2025';
  return d;
}

describe('cycles', () => {
  it('sorts periods by years and badges the one in view', () => {
    expect(sortPeriods(['2024-2027', '2018-2021', '2022-2025', '2020-2023'])).toEqual([
      '2018-2021',
      '2020-2023',
      '2022-2025',
      '2024-2027',
    ]);
    const node = { periods: ['2024-2027', '2018-2021', '2022-2025'] };
    expect(periodBadge(node, ['2024-2027'])).toBe('2022-2025 +2');
    expect(periodBadge(node, ['2026-2029'])).toBe('2024-2027 +2');
    expect(periodBadge(node, ['2030-2033'])).toBe('2018-2021 +2');
    expect(periodBadge(node, ['2019'])).toBe('2018-2021 +2');
    expect(periodBadge({ periods: [] }, null)).toBe('');
  });

  it('tells apart an item that exists in two cycles', () => {
    const index = indexDataset(twoCycles());
    const now = index.nodeById.get('q3') as MapNode;
    const old = index.nodeById.get('q3-old') as MapNode;
    expect(cycleOf(index, now)).toBe('2022-2025');
    expect(distinctName(index, now)).toBe('Q3/2 (2022-2025) — title not yet sourced');
    expect(distinctName(index, old)).toBe('Q3/2 (2018-2021) — An older title');
    expect(distinctName(index, index.nodeById.get('c5') as MapNode)).toBe(
      'C5 — Building confidence and security in the use of ICTs',
    );
    expect(regionName(now)).toBe('global');
  });

  it('filters "adopted for" apart from "active during"', () => {
    const index = indexDataset(twoCycles());
    const active = applyFilters(index, { ...NO_FILTERS, periods: ['2024-2027'] });
    expect(active.nodeIds.has('ri1')).toBe(true);
    const adopted = applyFilters(index, { ...NO_FILTERS, periods: ['2024-2027'], periodMode: 'adopted' });
    expect(adopted.nodeIds.has('ri1')).toBe(false);
    expect(adopted.nodeIds.has('g1')).toBe(true);
  });

  it('says which columns the filters empty, in words', () => {
    const d = twoCycles();
    (d.nodes.find((n) => n.id === 'ri1') as MapNode).region = 'Africa';
    const index = indexDataset(d);
    const filters = { ...NO_FILTERS, periods: ['2024-2027'], regions: ['Arab States'] };
    const visible = applyFilters(index, filters);
    const empty = emptyColumns(index, filters, visible.nodeIds);
    expect(empty.map((e) => e.message)).toEqual([
      'No regional initiatives for the Arab States in 2024-2027 in this dataset',
    ]);
    // A column turned off is not "emptied".
    expect(emptyColumns(index, { ...filters, kinds: ['goal'] }, visible.nodeIds)).toEqual([]);
    const adopted = { ...NO_FILTERS, periods: ['2026-2029'], periodMode: 'adopted' as const };
    expect(emptyColumns(index, adopted, applyFilters(index, adopted).nodeIds).map((e) => e.message)).toContain(
      'No goals adopted for 2026-2029 in this dataset',
    );
  });
});
