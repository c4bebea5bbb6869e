/** Hooks by which nodes and links read their highlight state from the store, one selector each. */
import { createContext, useCallback, useContext } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { selectSearchMatches } from '../store/selectors';
import { emphasisOf, focusChains, selectIndexOrNull, type Emphasis } from '../store/focus';
import type { VisibleGraph } from '../model/visible';

/** The visible subgraph the map is drawing; chains are computed within it. */
export const VisibleContext = createContext<VisibleGraph>({ nodes: [], links: [] });

/** The focused node's chains within `visible`, or null when nothing is focused (cached: see `focusChains`). */
export function chainsIn(s: AppState, visible: VisibleGraph) {
  const index = selectIndexOrNull(s);
  return index ? focusChains(index, s.focusId, visible, s.chainOptions) : null;
}

export function useNodeEmphasis(id: string): Emphasis {
  const visible = useContext(VisibleContext);
  return useAppStore(useCallback((s: AppState) => emphasisOf(chainsIn(s, visible), id), [visible, id]));
}

/** True while the search box has text that matches this node. */
export function useSearchMatch(id: string): boolean {
  return useAppStore(useCallback((s: AppState) => selectSearchMatches(s).has(id), [id]));
}
