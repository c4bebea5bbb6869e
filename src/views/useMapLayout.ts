/**
 * The layout of the visible map, through the app's layout engine. Small maps are laid out synchronously (no
 * flash): in their refined order when the engine remembers it (the built-in map, a map opened before in this
 * browser), else in the sweeps' quick order at first, and in the refined order once the engine has refined it off
 * the page after that is painted (`settling` then says the nodes are moving to their refined places). Larger ones
 * are ordered in the engine's Web Worker, showing a loading line until the first layout arrives; once the worker
 * has handed its order over, a filter change is placed right here, in the same render (placement is linear and
 * cheap), except for very large subgraphs, which are placed in the worker while the map keeps the previous
 * layout, so the page never freezes. The worker refines its order once the first layout is painted and hands the
 * refined order over too. A worker that cannot start (a CSP that blocks workers, Trusted Types, a page opened from
 * disk), fails to load (a 404 after a redeploy), dies or stops answering hands the layout back to the page:
 * slower, never blank, and the map says why.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../model/schema';
import type { VisibleGraph } from '../model/visible';
import type { LayoutSession, WorkerFailure } from '../layout/engine';
import type { MapLayout } from '../layout/types';
import { layoutEngine } from './layoutEngine';

export { WORKER_THRESHOLD, WORKER_TIMEOUT_MS } from '../layout/engine';

export interface LayoutState {
  layout: MapLayout | null;
  /**
   * The subgraph `layout` was computed for: the map draws this one, so that while a newer layout is computed it
   * keeps showing a consistent picture (and React Flow rebuilds its elements once per filter change, not twice).
   */
  shown: VisibleGraph;
  /** True while a newer layout is being computed. */
  pending: boolean;
  /** Set when the layout worker could not be used and the page lays the map out itself: says why, in plain words. */
  notice: string | null;
  /**
   * True for `SETTLE_MS` after the refined order replaced the quick one on a small map and moved nodes, so the map
   * can show the move smoothly instead of at once.
   */
  settling: boolean;
}

/**
 * How long a small map is `settling` once its refined order moved nodes: the links' fade-in (settle.css); the
 * nodes glide in the map's own transition on their transforms (map.css), which is shorter.
 */
export const SETTLE_MS = 400;

export function useMapLayout(dataset: Dataset, visible: VisibleGraph): LayoutState {
  const inSession = layoutEngine.usesWorker(dataset);
  // Small maps: the quick order first, then, once that is painted and refined off the page, the refined one.
  const [refined, setRefined] = useState<Dataset | null>(null);
  const [settling, setSettling] = useState<Dataset | null>(null);
  // Bumped when the worker hands over (or refines) the dataset's order, so the layout placed here is placed again.
  const [orderSeq, setOrderSeq] = useState(0);
  const onPage = layoutEngine.placesNow(dataset, visible);
  const pageLayout = useMemo(
    () =>
      !onPage
        ? null
        : !inSession && refined === dataset
          ? layoutEngine.layoutNow(dataset, visible)
          : layoutEngine.layoutSoon(dataset, visible),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- orderSeq: the engine's order changed
    [onPage, inSession, dataset, visible, refined, orderSeq],
  );
  useEffect(() => {
    if (inSession) return;
    if (layoutEngine.isRefined(dataset)) {
      markRefined();
      return;
    }
    let stopRefining = () => {};
    let settled: ReturnType<typeof setTimeout> | undefined;
    const stopWaiting = refineAfterPaint(() => {
      stopRefining = layoutEngine.refineSoon(dataset, (moved) => {
        setRefined(dataset);
        if (moved) {
          setSettling(dataset);
          settled = setTimeout(() => setSettling(null), SETTLE_MS);
        }
        markRefined();
      });
    });
    return () => {
      stopWaiting();
      stopRefining();
      clearTimeout(settled);
    };
  }, [inSession, dataset]);
  const [answer, setAnswer] = useState<{ layout: MapLayout | null; shown: VisibleGraph }>({
    layout: null,
    shown: visible,
  });
  const [failure, setFailure] = useState<{ dataset: Dataset; reason: WorkerFailure } | null>(null);
  const session = useRef<LayoutSession | null>(null);

  useEffect(() => {
    if (!inSession) return;
    const s = layoutEngine.open(dataset, {
      onLayout: (layout, shown) => setAnswer({ layout, shown }),
      onRefined: markRefined,
      onWorkerFailed: (reason) => setFailure({ dataset, reason }),
      onOrder: () => setOrderSeq((n) => n + 1),
    });
    session.current = s;
    return () => {
      s.dispose();
      session.current = null;
    };
  }, [inSession, dataset]);

  useEffect(() => {
    if (inSession && !onPage) session.current?.request(visible);
  }, [inSession, onPage, dataset, visible]);

  // Big maps: the worker refines the order once the first layout is painted.
  const drawn = answer.layout !== null;
  useEffect(() => {
    if (!inSession || !drawn) return;
    return refineAfterPaint(() => session.current?.refine());
  }, [inSession, dataset, drawn]);

  const reason = inSession && failure?.dataset === dataset ? failure.reason : null;
  const notice =
    reason === null
      ? null
      : `The layout worker ${reason}; this page lays the map out itself, so it may pause for a moment after each change.`;
  if (pageLayout) return { layout: pageLayout, shown: visible, pending: false, notice, settling: settling === dataset };
  return {
    settling: false,
    layout: answer.layout,
    shown: answer.shown,
    pending: answer.layout === null || answer.shown !== visible,
    notice,
  };
}

/** A performance mark when the map's order is final (the benchmark reads the crossings after it). */
const markRefined = () => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('order-refined');
};

/**
 * Runs `refine` once the next two frames are painted (React Flow shows nodes a frame after it measures them):
 * a timer set in the second animation frame. Returns a cancel.
 */
function refineAfterPaint(refine: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let id: number | undefined;
  if (typeof requestAnimationFrame === 'function')
    id = requestAnimationFrame(() => (id = requestAnimationFrame(() => (timer = setTimeout(refine, 0)))));
  else timer = setTimeout(refine, 0);
  return () => {
    if (id !== undefined) cancelAnimationFrame(id);
    clearTimeout(timer);
  };
}
