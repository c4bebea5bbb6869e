/** The dataset in use and its edit history. Only the store's actions (see actions.ts) replace it. */
import type { StateCreator } from 'zustand';
import type { Command } from '../model/commands';
import type { Dataset } from '../model/schema';
import type { AppState } from './store';

/** One step of the history: the command that was run and the one that undoes it. */
export interface HistoryEntry {
  command: Command;
  inverse: Command;
}

/** Steps kept for undo; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export interface DatasetFields {
  dataset: Dataset | null;
  /** Steps that can be undone, oldest first. */
  past: readonly HistoryEntry[];
  /** Steps undone that can be redone, the next one last. */
  future: readonly HistoryEntry[];
}

export type DatasetSlice = DatasetFields;

/** The dataset slice's own updates; store actions compose them with other slices' in one `set`. */
export const datasetUpdates = {
  /** A dataset opened afresh: no history. */
  opened: (dataset: Dataset): DatasetFields => ({ dataset, past: [], future: [] }),
  /** `command` was run on the dataset in use, giving `dataset`. */
  ran: (s: DatasetFields, dataset: Dataset, entry: HistoryEntry): DatasetFields => ({
    dataset,
    past: [...s.past, entry].slice(-HISTORY_LIMIT),
    future: [],
  }),
  undone: (s: DatasetFields, dataset: Dataset): DatasetFields => ({
    dataset,
    past: s.past.slice(0, -1),
    future: [...s.future, s.past[s.past.length - 1]!],
  }),
  redone: (s: DatasetFields, dataset: Dataset): DatasetFields => ({
    dataset,
    past: [...s.past, s.future[s.future.length - 1]!],
    future: s.future.slice(0, -1),
  }),
};

export const createDataSlice: StateCreator<AppState, [], [], DatasetSlice> = () => ({
  dataset: null,
  past: [],
  future: [],
});
