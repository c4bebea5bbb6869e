/**
 * The layout of the visible map, through the app's layout engine. Small maps are laid out synchronously (no
 * flash); larger ones in the engine's Web Worker, showing the previous layout until the new one arrives, so the
 * page never freezes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import type { LayoutSession } from '../layout/engine';
import type { MapLayout } from '../layout/types';
import { layoutEngine } from './layoutEngine';

export interface LayoutState {
  layout: MapLayout | null;
  /**
   * The subgraph `layout` was computed for: the map draws this one, so that while a newer layout is computed it
   * keeps showing a consistent picture (and React Flow rebuilds its elements once per filter change, not twice).
   */
  shown: VisibleGraph;
  /** True while a newer layout is being computed. */
  pending: boolean;
}

export function useMapLayout(dataset: Dataset, visible: VisibleGraph): LayoutState {
  const inWorker = layoutEngine.usesWorker(dataset);
  const syncLayout = useMemo(
    () => (inWorker ? null : layoutEngine.layoutNow(dataset, visible)),
    [inWorker, dataset, visible],
  );
  const [answer, setAnswer] = useState<{ layout: MapLayout | null; shown: VisibleGraph }>({
    layout: null,
    shown: visible,
  });
  const session = useRef<LayoutSession | null>(null);

  useEffect(() => {
    if (!inWorker) return;
    // When the worker fails the engine answers on the main thread, and the next render takes the sync path.
    const s = layoutEngine.open(dataset, { onLayout: (layout, shown) => setAnswer({ layout, shown }) });
    session.current = s;
    return () => {
      s.dispose();
      session.current = null;
    };
  }, [inWorker, dataset]);

  useEffect(() => {
    if (inWorker) session.current?.request(visible);
  }, [inWorker, dataset, visible]);

  if (!inWorker) return { layout: syncLayout, shown: visible, pending: false };
  return { layout: answer.layout, shown: answer.shown, pending: answer.layout === null || answer.shown !== visible };
}
