import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { ViewMode, Viewport } from '../model/viewState';

export type { ViewMode, Viewport };

export interface ViewSlice {
  /** The node whose chains are highlighted, or null. */
  focusId: string | null;
  viewMode: ViewMode;
  /** Last viewport of the map; null means "fit the whole map". */
  viewport: Viewport | null;
  setFocus: (id: string | null) => void;
  setViewMode: (mode: ViewMode) => void;
  setViewport: (viewport: Viewport | null) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  focusId: null,
  viewMode: 'map',
  viewport: null,
  setFocus: (focusId) => set({ focusId }),
  setViewMode: (viewMode) => set({ viewMode }),
  setViewport: (viewport) => set({ viewport }),
});
