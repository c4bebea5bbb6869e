import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { MapLayout } from '../layout/types';
import type { AnyFlowNode } from './toFlowElements';
import type { PaintNode } from '../draw/nodePaint';
import {
  PAINT_ABOVE,
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
 * Above this many nodes in view (zoomed out), their elements go at once, before the canvas has painted them: mounting
 * that many would stall the page for longer than the canvas takes to catch up (a few frames on the biggest maps).
 */
const DROP_AT_ONCE_ABOVE = 4 * PAINT_ABOVE;

/**
 * The nodes React Flow is given as the view moves (see `nodeWindow.ts`): a window around the view, renewed when
 * the view leaves it, and no map node at all when the level of detail says they are painted (`paintsNodes`, the
 * same rule the link canvas follows, over the same nodes). The handover: zooming out, the elements stay until the
 * canvas reports (`onPainted`) a drawing with the nodes, so the map is never empty for a frame, except above
 * `DROP_AT_ONCE_ABOVE` nodes in view, where they go at once; zooming in (or thinning out), they come back at once,
 * drawn over the canvas until it draws again without them.
 */
export function useNodeWindow(
  all: readonly AnyFlowNode[],
  paintable: readonly PaintNode[],
  layout: MapLayout,
  keep: string | null,
): { nodes: WindowFlowNode[]; onPainted: (nodes: boolean) => void } {
  const store = useStoreApi();
  const [win, setWin] = useState<NodeWindow>({ box: null, painted: false });
  const canvasHasNodes = useRef(false);

  const update = useCallback(
    (s: ReactFlowState) => {
      if (!s.width || !s.height) return;
      const view = viewOf(s.transform, s.width, s.height);
      const rule = paintsNodes(paintable, s.transform, s.width, s.height);
      const painted = rule.painted && (canvasHasNodes.current || rule.inView > DROP_AT_ONCE_ABOVE);
      setWin((prev) =>
        prev.painted === painted && prev.box && holds(prev.box, view) ? prev : { box: grow(view), painted },
      );
    },
    [paintable],
  );

  useEffect(() => {
    update(store.getState());
    return store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) update(s);
    });
  }, [store, update]);

  const onPainted = useCallback(
    (nodes: boolean) => {
      if (canvasHasNodes.current === nodes) return;
      canvasHasNodes.current = nodes;
      update(store.getState());
    },
    [store, update],
  );

  const extent = useMemo(() => extentNode(layout), [layout]);
  const nodes = useMemo(() => [extent, ...windowed(all, win, keep)], [extent, all, win, keep]);
  return { nodes, onPainted };
}
