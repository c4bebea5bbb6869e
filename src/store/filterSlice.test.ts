import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import tinyJson from '../../test/fixtures/tiny.json';
import { initialAppState, useAppStore } from './store';
import { selectOptionCounts, selectSearchMatches, selectVisible } from './selectors';

const tiny = () => structuredClone(tinyJson) as unknown as Dataset;
const state = () => useAppStore.getState();
const visibleIds = () => selectVisible(state()).nodes.map((n) => n.id);

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  state().openDataset(tiny());
});

describe('filter slice', () => {
  it('opens a dataset on its current planning cycle', () => {
    expect(state().filters.periods).toHaveLength(1);
    expect(visibleIds()).toHaveLength(7);
  });

  it('ticks options off and on, ignoring options the dataset does not have', () => {
    state().toggleOption('kinds', 'goal');
    expect(state().filters.kinds).not.toContain('goal');
    expect(visibleIds()).not.toContain('g1');
    state().toggleOption('kinds', 'goal');
    expect(state().filters.kinds).toBeNull();
    const before = state().filters;
    state().toggleOption('regions', 'Atlantis');
    expect(state().filters).toBe(before);
    state().toggleOption('bases', 'proposed');
    expect(state().filters.bases).toEqual(['official', 'derived']);
  });

  it('adds scope nodes once, removes them, and resets everything', () => {
    state().addToScope('ri1');
    state().addToScope('ri1');
    expect(state().filters.scope).toEqual(['ri1']);
    expect(visibleIds()).toEqual(['g1', 'g2', 'tp1', 'p1', 'ri1']);
    state().removeFromScope('ri1');
    expect(state().filters.scope).toEqual([]);
    state().setFilters({ hideUnlinked: true, confidences: ['low'] });
    state().resetFilters();
    expect(state().filters).toEqual({ ...state().filters, hideUnlinked: false, confidences: null, scope: [] });
    expect(visibleIds()).toHaveLength(7);
  });

  it('derives stable values until the settings change', () => {
    const visible = selectVisible(state());
    const counts = selectOptionCounts(state());
    expect(selectVisible(state())).toBe(visible);
    expect(selectOptionCounts(state())).toBe(counts);
    state().setFilters({ hideUnlinked: true });
    expect(selectVisible(state())).not.toBe(visible);
    expect(selectOptionCounts(state())).not.toBe(counts);
  });

  it('marks search matches while the box has text', () => {
    expect(selectSearchMatches(state()).size).toBe(0);
    state().setSearch('secur');
    const marks = selectSearchMatches(state());
    expect([...marks].sort()).toEqual(['c5', 'p1', 'tp1']);
    expect(selectSearchMatches(state())).toBe(marks);
    state().setSearch('  ');
    expect(selectSearchMatches(state()).size).toBe(0);
  });

  it('clears filters, search and notice when another dataset is opened', () => {
    state().setFilters({ kinds: ['goal'] });
    state().setSearch('x');
    state().setUrlNotice(['focus: no node']);
    state().openDataset(tiny());
    expect(state().filters.kinds).toBeNull();
    expect(state().search).toBe('');
    expect(state().urlNotice).toBeNull();
  });
});
