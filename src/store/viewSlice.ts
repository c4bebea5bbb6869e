/** How the map is looked at: map or table, and the camera (viewport). */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { ViewMode, Viewport } from '../model/viewState';

export type { ViewMode, Viewport };

export interface ViewFields {
  viewMode: ViewMode;
  /** Last viewport of the map; null means "fit the whole map". */
  viewport: Viewport | null;
}

export interface ViewSlice extends ViewFields {
  setViewMode: (mode: ViewMode) => void;
  setViewport: (viewport: Viewport | null) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  viewMode: 'map',
  viewport: null,
  setViewMode: (viewMode) => set({ viewMode }),
  setViewport: (viewport) => set({ viewport }),
});
