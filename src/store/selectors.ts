/** Selectors over the store, at module scope; derived values are memoised so React sees stable references. */
import { indexDataset, type GraphIndex } from '../model/graph';
import {
  applyFilters,
  countOptions,
  filterOptions,
  visibleGraph,
  type FilterOptions,
  type Filters,
  type OptionCounts,
  type FilteredGraph,
  unlinkedCount,
} from '../model/filters';
import { matchingIds } from '../model/search';
import type { ViewState } from '../model/viewState';
import type { AppState } from './store';
import { answersOf } from './answersSlice';

export const selectIndex = (s: AppState): GraphIndex | null => (s.dataset ? indexDataset(s.dataset) : null);

const EMPTY_GRAPH: FilteredGraph = { nodes: [], links: [], nodeIds: new Set() };
const EMPTY_IDS: ReadonlySet<string> = new Set();

/** The filtered map: nodes and links in dataset order. Same object while the dataset and filters are the same. */
export function selectVisible(s: AppState): FilteredGraph {
  const index = selectIndex(s);
  return index ? visibleGraph(index, s.filters) : EMPTY_GRAPH;
}

export function selectFilterOptions(s: AppState): FilterOptions | null {
  const index = selectIndex(s);
  return index ? filterOptions(index) : null;
}

let lastCounts: { index: GraphIndex; filters: Filters; counts: OptionCounts } | null = null;

/** How many nodes each filter option keeps (see `countOptions`); null without a dataset. */
export function selectOptionCounts(s: AppState): OptionCounts | null {
  const index = selectIndex(s);
  if (!index) return null;
  if (lastCounts?.index !== index || lastCounts.filters !== s.filters) {
    lastCounts = { index, filters: s.filters, counts: countOptions(index, s.filters) };
  }
  return lastCounts.counts;
}

let lastMatches: { index: GraphIndex; search: string; ids: ReadonlySet<string> } | null = null;

/** Ids of every node matching the search box text, to mark on the map; empty while the box is empty. */
export function selectSearchMatches(s: AppState): ReadonlySet<string> {
  const index = selectIndex(s);
  if (!index || s.search.trim() === '') return EMPTY_IDS;
  if (lastMatches?.index !== index || lastMatches.search !== s.search) {
    lastMatches = { index, search: s.search, ids: matchingIds(index, s.search) };
  }
  return lastMatches.ids;
}

/** The part of the state a link carries. A new object on each call: not for React selectors. */
export function selectViewState(s: AppState): ViewState {
  return {
    filters: s.filters,
    focus: s.focusId,
    // A link holds what is seen (`cam`) when the map has reported it; the pixel viewport only otherwise.
    viewport: s.camera ? null : s.viewport,
    camera: s.camera,
    viewMode: s.viewMode,
    search: s.search,
    chain: s.chainOptions,
    answers: answersOf(s),
  };
}

let lastUnlinked: { index: GraphIndex; filters: Filters; count: number } | null = null;

/** How many nodes the other filters leave without links: what the "hide nodes left without links" toggle hides. */
export function selectUnlinkedCount(s: AppState): number {
  const index = selectIndex(s);
  if (!index) return 0;
  if (lastUnlinked?.index !== index || lastUnlinked.filters !== s.filters) {
    const { filters } = s;
    const withUnlinked = filters.hideUnlinked
      ? applyFilters(index, { ...filters, hideUnlinked: false })
      : visibleGraph(index, filters);
    lastUnlinked = { index, filters, count: unlinkedCount(withUnlinked) };
  }
  return lastUnlinked.count;
}

/** Whether there is a command to undo / to redo. */
export const selectCanUndo = (s: AppState): boolean => s.past.length > 0;
export const selectCanRedo = (s: AppState): boolean => s.future.length > 0;
