/**
 * The nodes a presenter's reveal stage has shown so far (null: no reveal, everything shown). The link layer draws a
 * link only when both its ends are shown; nodes are hidden by the presenter's stylesheet.
 */
import { useSyncExternalStore } from 'react';

let shown: ReadonlySet<string> | null = null;
const listeners = new Set<() => void>();

export function setRevealedNodes(ids: ReadonlySet<string> | null): void {
  if (ids === shown) return;
  shown = ids;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useRevealedNodes(): ReadonlySet<string> | null {
  return useSyncExternalStore(
    subscribe,
    () => shown,
    () => shown,
  );
}
