/**
 * The map's camera: the first view, viewports restored from the address bar, the stored viewport after each
 * pan or zoom, and bringing nodes into sight (on the store's reveal requests and for the keyboard cursor).
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useReactFlow, type Viewport as FlowViewport } from '@xyflow/react';
import { useAppStore, type AppState } from '../store/store';
import { firstView, keepMapInView } from '../model/viewport';
import { GEOMETRY, type MapLayout } from '../layout/types';
import type { Viewport } from '../model/viewState';
import { cameraOf, fitCamera, MAP_ZOOM } from '../model/camera';
import { registerLiveCamera } from '../store/cameraSlice';
import { COLUMNS_HINT_WIDTH } from './ColumnsHint';
import { FIT_WHOLE_MAP } from './nodeWindow';

const selectViewport = (s: AppState) => s.viewport;
const selectSetViewport = (s: AppState) => s.setViewport;
const selectRevealRequest = (s: AppState) => s.revealRequest;
const selectCamera = (s: AppState) => s.camera;
const selectCameraSeq = (s: AppState) => s.cameraSeq;
const selectReportCamera = (s: AppState) => s.reportCamera;
/** How long a camera move (a saved view, a presenter step) is animated. */
const CAMERA_MOVE_MS = 450;
const screenOf = (el: HTMLElement) => ({ width: el.clientWidth, height: el.clientHeight });

export interface MapCamera {
  /** For the element that holds the map. */
  wrapper: RefObject<HTMLDivElement | null>;
  onMoveStart: () => void;
  onMoveEnd: (event: unknown, viewport: FlowViewport) => void;
  /** Brings a node into view (keeping the zoom) and, if asked, gives it keyboard focus once it is rendered. */
  reveal: (id: string, moveDomFocus: boolean) => void;
}

export function useMapCamera(layout: MapLayout): MapCamera {
  const wrapper = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const storedViewport = useAppStore(selectViewport);
  const setViewport = useAppStore(selectSetViewport);
  const revealRequest = useAppStore(selectRevealRequest);
  const camera = useAppStore(selectCamera);
  const cameraSeq = useAppStore(selectCameraSeq);
  const reportCamera = useAppStore(selectReportCamera);
  /** The last camera request fitted (see cameraSlice). */
  const fittedSeq = useRef(-1);

  /**
   * Applies a viewport from a link or the history, moved (and the move said in the link notice) when it would show
   * none of the map: an empty screen looks like an empty map.
   */
  const applyStored = useCallback(
    (viewport: Viewport) => {
      const el = wrapper.current;
      const moved = el ? keepMapInView(viewport, layout, { width: el.clientWidth, height: el.clientHeight }) : null;
      if (!moved) {
        void flow.setViewport(viewport);
        return;
      }
      void flow.setViewport(moved);
      const { urlNotice, setUrlNotice } = useAppStore.getState();
      setUrlNotice([
        ...(urlNotice ?? []),
        `viewport: ${viewport.x},${viewport.y} shows none of the map at zoom ${viewport.zoom}: moved to ${moved.x},${moved.y}`,
      ]);
      setViewport(moved);
    },
    [flow, layout, setViewport],
  );

  // First view: the stored viewport (from a link), else all columns across the width, from the top. Again whenever
  // the stored viewport is cleared (another dataset opened): the old map's camera may show none of the new one.
  const initialised = useRef(false);
  useEffect(() => {
    if (!wrapper.current) return;
    // A camera (what is seen, from a link, a saved view or a presenter step) is fitted to this screen; animated
    // when the map is already showing something.
    if (camera) {
      if (fittedSeq.current === cameraSeq) return;
      fittedSeq.current = cameraSeq;
      const viewport = fitCamera(camera, screenOf(wrapper.current), MAP_ZOOM);
      void flow.setViewport(viewport, initialised.current ? { duration: CAMERA_MOVE_MS } : undefined);
      initialised.current = true;
      return;
    }
    if (storedViewport) {
      if (initialised.current) return;
      initialised.current = true;
      applyStored(storedViewport);
      return;
    }
    initialised.current = true;
    // Never so far out that labels are unreadable (a 1024 px screen would get 6 px text): the whole map when it is
    // readable so, else the first whole columns, and ColumnsHint says what lies to the right.
    const first = firstView({
      columns: layout.columns,
      map: layout,
      view: screenOf(wrapper.current),
      labelFontSize: GEOMETRY.labelFontSize,
      reserveRight: COLUMNS_HINT_WIDTH + 12,
    });
    if (first.viewport === 'fit') void flow.fitView({ ...FIT_WHOLE_MAP, maxZoom: 1.1 });
    else void flow.setViewport(first.viewport);
  }, [flow, layout, storedViewport, applyStored, camera, cameraSeq]);

  // Saving a view asks the map what it shows, even before the first pan.
  useEffect(
    () => registerLiveCamera(() => (wrapper.current ? cameraOf(flow.getViewport(), screenOf(wrapper.current)) : null)),
    [flow],
  );

  // A viewport restored from the URL (Back/Forward or a pasted link) is applied to the map.
  useEffect(() => {
    if (!storedViewport) return;
    const current = flow.getViewport();
    const same =
      Math.abs(current.x - storedViewport.x) < 1 &&
      Math.abs(current.y - storedViewport.y) < 1 &&
      Math.abs(current.zoom - storedViewport.zoom) < 0.001;
    if (!same) applyStored(storedViewport);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored viewport changes, not the layout
  }, [flow, storedViewport]);

  // While the view moves, Chromium scales the last raster of the map instead of redrawing it (map.css); links are
  // a bitmap moved with the view meanwhile (LinkLayer). Set on the DOM directly: no re-render per gesture.
  const onMoveStart = useCallback(() => {
    if (wrapper.current) wrapper.current.dataset.moving = 'true';
  }, []);
  const onMoveEnd = useCallback(
    (_: unknown, vp: FlowViewport) => {
      if (wrapper.current) delete wrapper.current.dataset.moving;
      const viewport = { x: Math.round(vp.x), y: Math.round(vp.y), zoom: Number(vp.zoom.toFixed(3)) };
      // What is seen, for links and saved views; the pixel viewport for this screen.
      if (wrapper.current) reportCamera(viewport, cameraOf(vp, screenOf(wrapper.current)));
      else setViewport(viewport);
    },
    [setViewport, reportCamera],
  );

  const reveal = useCallback(
    (id: string, moveDomFocus: boolean) => {
      const box = layout.boxes.get(id);
      const el = wrapper.current;
      if (!box || !el) return;
      const { x, y, zoom } = flow.getViewport();
      const left = box.x * zoom + x;
      const top = box.y * zoom + y;
      const inView =
        left >= 0 &&
        top >= 0 &&
        left + box.width * zoom <= el.clientWidth &&
        top + box.height * zoom <= el.clientHeight;
      if (!inView)
        void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
          zoom: Math.max(zoom, 0.6),
          duration: 250,
        });
      if (!moveDomFocus) return;
      // A node off screen is not in the DOM until the camera brings it in (onlyRenderVisibleElements): keep the
      // keyboard in the map meanwhile, or the next key would go to the page when the old node unmounts.
      if (!el.querySelector(`[data-node-id="${CSS.escape(id)}"]`)) el.focus({ preventScroll: true });
      let tries = 0;
      const tryFocus = () => {
        const target = el.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`);
        if (target) target.focus({ preventScroll: true });
        else if (tries++ < 30) requestAnimationFrame(tryFocus);
      };
      tryFocus();
    },
    [flow, layout],
  );

  // Carry out the store's request to bring a node into sight (focus set in the table, search or detail panel;
  // filters changed), again when the layout changes. A view from a link or Back/Forward makes no request: it brings
  // its own viewport, shown as the sender saw it even when the focus is off screen there.
  useEffect(() => {
    if (revealRequest && layout.boxes.has(revealRequest.nodeId)) {
      const keyboardInMap = wrapper.current?.contains(document.activeElement) ?? false;
      reveal(revealRequest.nodeId, keyboardInMap);
    }
  }, [revealRequest, layout, reveal]);

  // When the map narrows (a focus opens the detail panel beside it, a window is resized), keep the focused node in
  // sight: the camera that brought it into view was measured on the wider map.
  useEffect(() => {
    const el = wrapper.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      const narrower = el.clientWidth < width;
      width = el.clientWidth;
      const focusId = useAppStore.getState().focusId;
      if (narrower && focusId !== null && layout.boxes.has(focusId)) reveal(focusId, false);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [layout, reveal]);

  return { wrapper, onMoveStart, onMoveEnd, reveal };
}
