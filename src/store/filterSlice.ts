import type { StateCreator } from 'zustand';
import { NO_FILTERS, defaultFilters, filterOptions, toggleInList, type Filters } from '../model/filters';
import { indexDataset } from '../model/graph';
import type { ViewState } from '../model/viewState';
import type { AppState } from './store';

/** The filters whose options are ticked on and off in lists. */
export type ListFilter = 'kinds' | 'periods' | 'sectors' | 'regions' | 'bases' | 'confidences';

export interface FilterSlice {
  /** Settings only; the visible subgraph is derived by `selectVisible`. */
  filters: Filters;
  /** The search box text; matches are marked on the map while it is not empty. */
  search: string;
  /** What a link opened in the address bar could not use; null when there is nothing to say. */
  urlNotice: string[] | null;
  /** Replaces some filter settings (a new filters object, so memoised derivations recompute). */
  setFilters: (patch: Partial<Filters>) => void;
  /** Ticks or unticks one option of a list filter; options the dataset does not have are ignored. */
  toggleOption: (filter: ListFilter, option: string) => void;
  /** Adds a node to the scope ("only what connects to …"), once. */
  addToScope: (id: string) => void;
  removeFromScope: (id: string) => void;
  /** Back to the dataset's defaults (every kind, the current planning cycle). */
  resetFilters: () => void;
  setSearch: (text: string) => void;
  /** Applies a whole view (from a link or history) in one update. */
  applyViewState: (view: ViewState) => void;
  /**
   * The last view applied from a link or history. While its focus and filters are still the current ones, the map
   * shows that view's viewport as it is, rather than panning to bring the focus into view.
   */
  appliedView: ViewState | null;
  setUrlNotice: (notice: string[] | null) => void;
  dismissUrlNotice: () => void;
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  search: '',
  urlNotice: null,
  appliedView: null,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleOption: (filter, option) =>
    set((s) => {
      if (!s.dataset) return {};
      const all: readonly string[] = filterOptions(indexDataset(s.dataset))[filter];
      if (!all.includes(option)) return {};
      // Sound: `option` and `all` come from this filter's own option list (bases are Basis values, …).
      const next = toggleInList<string>(s.filters[filter], option, all);
      return { filters: { ...s.filters, [filter]: next } as Filters };
    }),
  addToScope: (id) =>
    set((s) => (s.filters.scope.includes(id) ? {} : { filters: { ...s.filters, scope: [...s.filters.scope, id] } })),
  removeFromScope: (id) => set((s) => ({ filters: { ...s.filters, scope: s.filters.scope.filter((x) => x !== id) } })),
  resetFilters: () => set((s) => ({ filters: s.dataset ? defaultFilters(s.dataset, new Date()) : NO_FILTERS })),
  setSearch: (search) => set({ search }),
  applyViewState: (view) =>
    set({
      filters: view.filters,
      search: view.search,
      focusId: view.focus,
      viewMode: view.viewMode,
      viewport: view.viewport,
      appliedView: view,
    }),
  setUrlNotice: (urlNotice) => set({ urlNotice }),
  dismissUrlNotice: () => set({ urlNotice: null }),
});
