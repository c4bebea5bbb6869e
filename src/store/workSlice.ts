/**
 * The working copy: the dataset as it was opened (the baseline the "changes" list compares against) and the local
 * map it is saved as (IndexedDB, see autosave.ts). Null until something is imported or edited.
 */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/schema';
import type { AppState } from './store';

export interface WorkCopy {
  /** Key of the local map in the browser's storage. */
  id: string;
  name: string;
}

export interface WorkFields {
  /** The dataset as opened, before any edit. */
  baseline: Dataset | null;
  /** The local map edits are saved to; null while the dataset is as opened from the built-in file or a link. */
  workCopy: WorkCopy | null;
}

export interface WorkSlice extends WorkFields {
  setWorkCopy: (copy: WorkCopy | null) => void;
  /** Opens a dataset as a local map: its baseline, and where edits are saved. */
  openWorkCopy: (dataset: Dataset, baseline: Dataset, copy: WorkCopy | null) => void;
}

export const workUpdates = {
  opened: (dataset: Dataset): WorkFields => ({ baseline: dataset, workCopy: null }),
};

export const createWorkSlice: StateCreator<AppState, [], [], WorkSlice> = (set, get) => ({
  baseline: null,
  workCopy: null,
  setWorkCopy: (workCopy) => set({ workCopy }),
  openWorkCopy: (dataset, baseline, copy) => {
    get().openDataset(dataset);
    set({ baseline, workCopy: copy });
  },
});
