/**
 * The camera fits the focused chain: when the focus, or how its chains are walked (direction, depth, related),
 * changes, the map zooms to show the focus and every node of its chain, as long as that stays readable;
 * otherwise the reveal request (useMapCamera) has already brought the focus itself into sight.
 */
import { useEffect, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { MapLayout } from '../layout/types';
import { indexDataset } from '../model/graph';
import type { Dataset } from '../model/schema';
import { focusChains } from '../store/focus';
import type { VisibleGraph } from '../model/visible';
import { useAppStore, type AppState } from '../store/store';

/** Below this zoom the chain is not fitted (labels would be unreadable). */
const MIN_FIT_ZOOM = 0.35;
const selectFocus = (s: AppState) => s.focusId;
const selectOptions = (s: AppState) => s.chainOptions;
const selectRevealRequest = (s: AppState) => s.revealRequest;

export function useFitChain(
  wrapper: RefObject<HTMLDivElement | null>,
  dataset: Dataset,
  visible: VisibleGraph,
  layout: MapLayout,
) {
  const flow = useReactFlow();
  const focusId = useAppStore(selectFocus);
  const options = useAppStore(selectOptions);
  const revealRequest = useAppStore(selectRevealRequest);
  useEffect(() => {
    const el = wrapper.current;
    if (!el || focusId === null || revealRequest === null) return;
    const chains = focusChains(indexDataset(dataset), focusId, visible, options);
    if (!chains || chains.nodes.size < 2) return;
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const id of chains.nodes) {
      const box = layout.boxes.get(id);
      if (!box) continue;
      left = Math.min(left, box.x);
      top = Math.min(top, box.y);
      right = Math.max(right, box.x + box.width);
      bottom = Math.max(bottom, box.y + box.height);
    }
    if (!Number.isFinite(left)) return;
    const pad = 40;
    const zoom = Math.min(
      1.1,
      (el.clientWidth - pad * 2) / (right - left),
      (el.clientHeight - pad * 2) / (bottom - top),
    );
    if (zoom < MIN_FIT_ZOOM) return;
    const x = (el.clientWidth - (right - left) * zoom) / 2 - left * zoom;
    const y = (el.clientHeight - (bottom - top) * zoom) / 2 - top * zoom;
    void flow.setViewport({ x, y, zoom }, { duration: 250 });
    // Only on a new focus request or new chain options, not on every pan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealRequest, options, layout]);
}
