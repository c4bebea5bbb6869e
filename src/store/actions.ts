/**
 * The store's cross-cutting actions: each changes several concerns at once, in one update (so subscribers, such
 * as the address bar sync, never see half of it), by composing the slices' own updates.
 */
import { DEFAULT_CHAIN_OPTIONS } from '../model/chains';
import { answersUpdates } from './answersSlice';
import type { StateCreator } from 'zustand';
import type { Command } from '../model/commands';
import type { Dataset } from '../model/schema';
import type { ViewState } from '../model/viewState';
import { datasetUpdates } from './dataSlice';
import { filterUpdates } from './filterSlice';
import { focusUpdates } from './focusSlice';
import { noticeUpdates } from './noticeSlice';
import { cameraUpdates } from './cameraSlice';
import { viewUpdates } from './viewSlice';
import type { AppState } from './store';
import { workUpdates } from './workSlice';

export interface AppActions {
  /** Makes `dataset` the one in use, on its default view, with no history and no notices. */
  openDataset: (dataset: Dataset) => void;
  /**
   * Applies a whole view (from a link, Back/Forward or a saved view). A view with a viewport is shown on that
   * viewport as it is, even when its focus is off screen there; without one, the map brings the focus into sight.
   */
  applyView: (view: ViewState) => void;
  /**
   * Changes the dataset in use through `command`, recorded for undo (the redo stack is cleared). Throws the
   * command's `CommandError`, leaving everything as it was, when the command does not fit the dataset.
   */
  runCommand: (command: Command) => void;
  /** Undoes the last command run, if any. */
  undo: () => void;
  /** Runs again the last command undone, if any. */
  redo: () => void;
}

/** A dataset changed by a command, undo or redo: the focus and scope follow it. */
const edited = (s: AppState, dataset: Dataset) => ({
  ...filterUpdates.inDataset(s, dataset),
  ...focusUpdates.inDataset(s, dataset),
});

export const createAppActions: StateCreator<AppState, [], [], AppActions> = (set) => ({
  openDataset: (dataset) =>
    set({
      ...datasetUpdates.opened(dataset),
      ...filterUpdates.forDataset(dataset),
      ...focusUpdates.focused(null),
      ...noticeUpdates.cleared(),
      ...cameraUpdates.applied(null),
      ...workUpdates.opened(dataset),
    }),
  applyView: (view) =>
    set({
      ...filterUpdates.fromView(view),
      ...(view.viewport || view.camera ? focusUpdates.focusedInPlace(view.focus) : focusUpdates.focused(view.focus)),
      ...viewUpdates.fromView(view),
      // A camera (what is seen) is fitted to this screen by the map, which then writes the viewport.
      ...(view.camera ? { viewport: null } : {}),
      ...cameraUpdates.applied(view.camera ?? null),
      chainOptions: view.chain ?? DEFAULT_CHAIN_OPTIONS,
      ...answersUpdates.fromView(view.answers),
    }),
  runCommand: (command) =>
    set((s) => {
      if (!s.dataset) throw new Error('No dataset is open.');
      const dataset = command.apply(s.dataset);
      const entry = { command, inverse: command.invert(s.dataset) };
      return { ...datasetUpdates.ran(s, dataset, entry), ...edited(s, dataset) };
    }),
  undo: () =>
    set((s) => {
      const entry = s.past[s.past.length - 1];
      if (!entry || !s.dataset) return {};
      const dataset = entry.inverse.apply(s.dataset);
      return { ...datasetUpdates.undone(s, dataset), ...edited(s, dataset) };
    }),
  redo: () =>
    set((s) => {
      const entry = s.future[s.future.length - 1];
      if (!entry || !s.dataset) return {};
      const dataset = entry.command.apply(s.dataset);
      return { ...datasetUpdates.redone(s, dataset), ...edited(s, dataset) };
    }),
});
