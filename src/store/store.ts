/** The one store of the app, composed of typed slices (zustand slices pattern). */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';

export type AppState = DataSlice & ViewSlice & FilterSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createViewSlice(...a),
  ...createFilterSlice(...a),
}));

/** Initial state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
