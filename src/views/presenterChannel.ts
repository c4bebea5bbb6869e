/**
 * Messages between the presenting window and the presenter window (a second screen with the notes), over a
 * `BroadcastChannel`, so the two stay in step whichever one is used to move on.
 */
import type { PresenterKey } from '../model/presentation';

export const PRESENTER_CHANNEL = 'strategy-map-presenter';
/** The address parameter that opens the presenter window instead of the map. */
export const NOTES_PARAM = 'presenter-notes';

export interface StepInfo {
  name: string;
  note: string;
}

export type ToNotes =
  { type: 'state'; step: number; stage: number | null; stages: number; steps: StepInfo[] } | { type: 'ended' };

export type ToPresenter = { type: 'hello' } | { type: 'go'; to: PresenterKey };

/** A channel, or null where the browser has none (or refuses it, as some do for pages opened from disk). */
export function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENTER_CHANNEL);
  } catch {
    return null;
  }
}
