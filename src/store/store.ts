/** The one store of the app, composed of typed slices (zustand slices pattern). */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createAnswersSlice, type AnswersSlice } from './answersSlice';

export type AppState = DataSlice & ViewSlice & FilterSlice & AnswersSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createViewSlice(...a),
  ...createFilterSlice(...a),
  ...createAnswersSlice(...a),
}));

/** Initial state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
