/** Which part of the map is shown: filter settings and the search text. */
import type { StateCreator } from 'zustand';
import { NO_FILTERS, defaultFilters, filterOptions, toggleInList, type Filters } from '../model/filters';
import { indexDataset } from '../model/graph';
import type { Dataset } from '../model/schema';
import { focusUpdates } from './focusSlice';
import type { AppState } from './store';

/** The filters whose options are ticked on and off in lists. */
export type ListFilter = 'kinds' | 'periods' | 'sectors' | 'regions' | 'bases' | 'confidences';

export interface FilterFields {
  /** Settings only; the visible subgraph is derived by `selectVisible`. */
  filters: Filters;
  /** The search box text; matches are marked on the map while it is not empty. */
  search: string;
}

export interface FilterSlice extends FilterFields {
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
}

export const filterUpdates = {
  /** A dataset opens on its own defaults (the current planning cycle) and an empty search box. */
  forDataset: (dataset: Dataset): FilterFields => ({ filters: defaultFilters(dataset, new Date()), search: '' }),
  /** The dataset was edited: scope nodes that are gone are dropped. */
  inDataset: (s: FilterFields, dataset: Dataset): Pick<FilterFields, 'filters'> => {
    const ids = new Set(dataset.nodes.map((n) => n.id));
    const scope = s.filters.scope.filter((id) => ids.has(id));
    return { filters: scope.length === s.filters.scope.length ? s.filters : { ...s.filters, scope } };
  },
};

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => {
  /** A filter change redraws the map; it keeps the focus in sight (see `RevealRequest`). */
  const setFiltersFrom = (f: (s: AppState) => Filters | null) =>
    set((s) => {
      const filters = f(s);
      return filters === null ? {} : { filters, ...focusUpdates.followed(s) };
    });
  return {
    filters: NO_FILTERS,
    search: '',
    setFilters: (patch) => setFiltersFrom((s) => ({ ...s.filters, ...patch })),
    toggleOption: (filter, option) =>
      setFiltersFrom((s) => {
        if (!s.dataset) return null;
        const all: readonly string[] = filterOptions(indexDataset(s.dataset))[filter];
        if (!all.includes(option)) return null;
        // Sound: `option` and `all` come from this filter's own option list (bases are Basis values, …).
        const next = toggleInList<string>(s.filters[filter], option, all);
        return { ...s.filters, [filter]: next } as Filters;
      }),
    addToScope: (id) =>
      setFiltersFrom((s) => (s.filters.scope.includes(id) ? null : { ...s.filters, scope: [...s.filters.scope, id] })),
    removeFromScope: (id) => setFiltersFrom((s) => ({ ...s.filters, scope: s.filters.scope.filter((x) => x !== id) })),
    resetFilters: () => setFiltersFrom((s) => (s.dataset ? defaultFilters(s.dataset, new Date()) : NO_FILTERS)),
    setSearch: (search) => set({ search }),
  };
};
