import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { MapLayout } from '../layout/types';
import type { AnyFlowNode } from './toFlowElements';
import type { PaintNode } from '../draw/nodePaint';
import {
  countInView,
  extentNode,
  grow,
  holds,
  paintsNodes,
  viewOf,
  windowed,
  type NodeWindow,
  type WindowFlowNode,
} from './nodeWindow';
import { SIMPLE_ZOOM } from './MapNodeView';

/**
 * The nodes React Flow is given as the view moves (see `nodeWindow.ts`): a window around the view, renewed when
 * the view leaves it, and no map node at all when zoomed out with many in view, as the link canvas paints them. `onPainted`
 * is the canvas's report of its last drawing (with nodes or not): until the canvas shows the nodes, they stay in
 * the page, so zooming out never shows an empty map for a frame.
 */
export function useNodeWindow(
  all: readonly AnyFlowNode[],
  paintNodes: readonly PaintNode[],
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
      // Zoomed out: painted once the canvas has them, or at once when there are too many to draw as elements (the
      // canvas catches up within a few frames; mounting thousands of elements would freeze the page meanwhile).
      const painted =
        s.transform[2] < SIMPLE_ZOOM &&
        (canvasHasNodes.current || paintsNodes(s.transform[2], countInView(paintNodes, view)));
      setWin((prev) =>
        prev.painted === painted && prev.box && holds(prev.box, view) ? prev : { box: grow(view), painted },
      );
    },
    [paintNodes],
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
