/** Presenter mode: which saved view is on screen, and how much of its chain is revealed. */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface Presentation {
  /** Index of the saved view on screen. */
  step: number;
  /** Reveal stage within the step, or null when the whole step is shown. */
  stage: number | null;
  /** Whether each step starts with the focused node alone and reveals its chain column by column. */
  reveal: boolean;
}

export interface PresentSlice {
  presenting: Presentation | null;
  startPresenting: (step?: number, reveal?: boolean) => void;
  stopPresenting: () => void;
  setPresentation: (presentation: Presentation) => void;
}

export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set) => ({
  presenting: null,
  startPresenting: (step = 0, reveal = false) => set({ presenting: { step, stage: reveal ? 0 : null, reveal } }),
  stopPresenting: () => set({ presenting: null }),
  setPresentation: (presenting) => set({ presenting }),
});
