/** Focus highlighting, derived from the store: memoised so each node's selector is a set look-up. */
import { chainsOf, DEFAULT_CHAIN_OPTIONS, type ChainOptions, type Chains } from '../model/chains';
import { indexDataset, linkKey, type GraphIndex } from '../model/graph';
import type { VisibleGraph } from '../model/visible';
import type { AppState } from './store';

let cacheKey: [GraphIndex, string, VisibleGraph, ChainOptions] | null = null;
let cached: Chains | null = null;

/** Chains of the focused node within the visible map, or null when nothing is focused. */
export function focusChains(
  index: GraphIndex,
  focusId: string | null,
  visible: VisibleGraph,
  options: ChainOptions = DEFAULT_CHAIN_OPTIONS,
): Chains | null {
  if (focusId === null || !index.nodeById.has(focusId)) return null;
  if (
    cacheKey &&
    cacheKey[0] === index &&
    cacheKey[1] === focusId &&
    cacheKey[2] === visible &&
    cacheKey[3] === options
  )
    return cached;
  const ids = new Set(visible.nodes.map((n) => n.id));
  const links = new Set(visible.links.map(linkKey));
  cached = chainsOf(index, focusId, ids, (l) => links.has(linkKey(l)), options);
  cacheKey = [index, focusId, visible, options];
  return cached;
}

export type Emphasis = 'focus' | 'chain' | 'faded' | 'normal';

export function emphasisOf(chains: Chains | null, id: string): Emphasis {
  if (!chains) return 'normal';
  if (chains.focus === id) return 'focus';
  return chains.nodes.has(id) ? 'chain' : 'faded';
}

export const selectIndexOrNull = (s: AppState): GraphIndex | null => (s.dataset ? indexDataset(s.dataset) : null);
