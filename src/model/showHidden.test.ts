import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { NO_FILTERS, applyFilters } from './filters';
import { indexDataset } from './graph';
import { filtersShowing } from './showHidden';

describe('filtersShowing', () => {
  const index = indexDataset(loadFixture());
  it('turns on the column and lifts only the restriction that hides the nodes', () => {
    const filters = {
      ...NO_FILTERS,
      kinds: ['goal', 'programme'],
      periods: ['2024-2027'],
      bases: ['official' as const],
    };
    const next = filtersShowing(index, filters, ['q3']);
    expect(next.kinds).toEqual(['goal', 'programme', 'study-question']);
    // q3 is of 2022-2025, which overlaps 2024-2027: the period stays.
    expect(next.periods).toEqual(['2024-2027']);
    expect(next.bases).toEqual(['official']);
    expect(applyFilters(index, next).nodeIds.has('q3')).toBe(true);
    const byRegion = filtersShowing(index, { ...NO_FILTERS, regions: ['Africa'], periods: ['2024-2027'] }, ['ri1']);
    expect(byRegion.regions).toBeNull();
    expect(byRegion.periods).toEqual(['2024-2027']);
  });
});
