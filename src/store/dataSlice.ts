import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/schema';
import type { Problem } from '../model/problems';
import { defaultFilters } from '../model/filters';
import type { AppState } from './store';

export interface LoadFailure {
  /** File name or URL that was being loaded. */
  file: string;
  problems: Problem[];
}

export interface DataSlice {
  dataset: Dataset | null;
  /** Name of the file the dataset came from. */
  datasetName: string;
  /** The last load that was refused; the dataset above stays as it was. */
  loadFailure: LoadFailure | null;
  /** Warnings of the dataset in use (null labels, unlinked nodes). */
  warnings: Problem[];
  setDataset: (dataset: Dataset, name: string, warnings: Problem[]) => void;
  failLoad: (failure: LoadFailure) => void;
  dismissLoadFailure: () => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  datasetName: '',
  loadFailure: null,
  warnings: [],
  setDataset: (dataset, name, warnings) =>
    set({
      dataset,
      datasetName: name,
      warnings,
      loadFailure: null,
      focusId: null,
      // A new dataset opens on its own defaults (the current planning cycle); a link's view is applied after.
      filters: defaultFilters(dataset, new Date()),
      search: '',
      urlNotice: null,
    }),
  failLoad: (failure) => set({ loadFailure: failure }),
  dismissLoadFailure: () => set({ loadFailure: null }),
});
