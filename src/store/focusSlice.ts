/** The focused node, and requests to bring a node into sight on the map. */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/schema';
import type { AppState } from './store';

/**
 * "Bring this node into sight": an intent the map carries out (panning if the node is off screen) whenever the
 * request or the map's layout changes. `seq` tells two requests for the same node apart.
 */
export interface RevealRequest {
  nodeId: string;
  seq: number;
}

export interface FocusFields {
  /** The node whose chains are highlighted, or null. */
  focusId: string | null;
  /** The node the map keeps in sight, or null when the map should stay where it is. */
  revealRequest: RevealRequest | null;
}

export interface FocusSlice extends FocusFields {
  /** Focuses a node (or clears the focus) and asks the map to bring it into sight. */
  setFocus: (id: string | null) => void;
}

let seq = 0;
const request = (nodeId: string | null): RevealRequest | null => (nodeId === null ? null : { nodeId, seq: ++seq });

export const focusUpdates = {
  /** The focus chosen by the user: the map follows it. */
  focused: (id: string | null): FocusFields => ({ focusId: id, revealRequest: request(id) }),
  /** The focus of a view that brings its own viewport (a link, Back/Forward): the map stays on that viewport. */
  focusedInPlace: (id: string | null): FocusFields => ({ focusId: id, revealRequest: null }),
  /** The map is about to change (filters): keep the focus in sight. */
  followed: (s: FocusFields): Pick<FocusFields, 'revealRequest'> => ({ revealRequest: request(s.focusId) }),
  /** The dataset changed: a focus on a node that is gone is cleared. */
  inDataset: (s: FocusFields, dataset: Dataset): FocusFields =>
    s.focusId !== null && !dataset.nodes.some((n) => n.id === s.focusId)
      ? { focusId: null, revealRequest: null }
      : { focusId: s.focusId, revealRequest: s.revealRequest },
};

export const createFocusSlice: StateCreator<AppState, [], [], FocusSlice> = (set) => ({
  focusId: null,
  revealRequest: null,
  setFocus: (id) => set(focusUpdates.focused(id)),
});
