import { useEffect, useMemo, useState } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { MapLayout } from '../layout/types';
import type { AnyFlowNode } from './toFlowElements';
import type { PaintNode } from '../draw/nodePaint';
import {
  extentNode,
  grow,
  holds,
  paintsNodes,
  viewOf,
  windowed,
  type NodeWindow,
  type WindowFlowNode,
} from './nodeWindow';

/**
 * The nodes React Flow is given as the view moves (see `nodeWindow.ts`): a window around the view, renewed when
 * the view leaves it, and no map node at all when the level of detail says they are painted (`paintsNodes`, the
 * same rule the link canvas follows, over the same nodes). Both follow the rule at once: when it flips, the canvas
 * is asked for a drawing straight away (not at the end of the gesture), which for the few hundred nodes in view at
 * that point takes one slice, so at most a frame shows neither; the elements that come back when zooming in are
 * drawn over the canvas until it draws again without its nodes.
 */
export function useNodeWindow(
  all: readonly AnyFlowNode[],
  paintable: readonly PaintNode[],
  layout: MapLayout,
  keep: string | null,
): WindowFlowNode[] {
  const store = useStoreApi();
  const [win, setWin] = useState<NodeWindow>(() => nextWindow(null, store.getState(), paintable));
  // Other nodes (a filter, a reveal stage): the rule is applied again to them at once, in this render.
  const [windowFor, setWindowFor] = useState(paintable);
  if (windowFor !== paintable) {
    setWindowFor(paintable);
    setWin(nextWindow(win, store.getState(), paintable));
  }
  useEffect(() => {
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height)
        setWin((w) => nextWindow(w, s, paintable));
    });
    // React Flow measures the map and the first view is set in effects that ran before this one: catch up once.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing with an external store after subscribing
    setWin((w) => nextWindow(w, store.getState(), paintable));
    return unsubscribe;
  }, [store, paintable]);

  const extent = useMemo(() => extentNode(layout), [layout]);
  return useMemo(() => [extent, ...windowed(all, win, keep)], [extent, all, win, keep]);
}

/** The window for the view in `s`: `prev` while the view stays inside it and the level of detail holds. */
function nextWindow(prev: NodeWindow | null, s: ReactFlowState, paintable: readonly PaintNode[]): NodeWindow {
  const none: NodeWindow = { box: null, painted: false };
  if (!s.width || !s.height) return prev ?? none;
  const view = viewOf(s.transform, s.width, s.height);
  const { painted } = paintsNodes(paintable, s.transform, s.width, s.height);
  return prev && prev.painted === painted && prev.box && holds(prev.box, view) ? prev : { box: grow(view), painted };
}
