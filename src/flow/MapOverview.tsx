/**
 * The overview in the map's corner: every visible node as a small box in its kind's colour, and the part of the
 * map in view, on one canvas. It replaces React Flow's MiniMap, which keeps an SVG element and a store
 * subscription per node: at 2,000 nodes that was a third of the time a filter change took to draw (every moved
 * node re-rendered in the minimap) and half of the page's elements. Here a new layout is one redraw of plain
 * rectangles, and panning redraws them too (well under a millisecond for thousands of boxes).
 *
 * Like the MiniMap it replaces: press or drag on it to move the view there; the wheel zooms. It is a picture for
 * the mouse; the map's keyboard walk, the table and the panel reach the same nodes without it.
 */
import { useCallback, useEffect, useRef } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { MapLayout } from '../layout/types';
import type { Kind, MapNode } from '../model/schema';
import { overviewFrame, type OverviewFrame } from './overviewFrame';

const WIDTH = 200;
const HEIGHT = 150;
const MASK = 'rgba(240, 240, 240, 0.6)';
const VIEW_STROKE = 'rgba(60, 70, 90, 0.55)';

const selectX = (s: ReactFlowState) => s.transform[0];
const selectY = (s: ReactFlowState) => s.transform[1];
const selectZoom = (s: ReactFlowState) => s.transform[2];
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;
const selectMinZoom = (s: ReactFlowState) => s.minZoom;
const selectMaxZoom = (s: ReactFlowState) => s.maxZoom;

export interface MapOverviewProps {
  nodes: readonly MapNode[];
  layout: MapLayout;
  kindById: ReadonlyMap<string, Kind>;
}

export function MapOverview({ nodes, layout, kindById }: MapOverviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const x = useStore(selectX);
  const y = useStore(selectY);
  const zoom = useStore(selectZoom);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const minZoom = useStore(selectMinZoom);
  const maxZoom = useStore(selectMaxZoom);
  const frame = useRef<OverviewFrame | null>(null);

  useEffect(() => {
    const f = overviewFrame(layout, { x, y, zoom, width, height }, { width: WIDTH, height: HEIGHT });
    frame.current = f;
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    if (el.width !== WIDTH * ratio) el.width = WIDTH * ratio;
    if (el.height !== HEIGHT * ratio) el.height = HEIGHT * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    // Boxes grouped by colour: one fill style per kind.
    const byColour = new Map<string, MapNode[]>();
    for (const node of nodes) {
      const colour = kindById.get(node.kind)?.colour ?? '#999';
      const list = byColour.get(colour);
      if (list) list.push(node);
      else byColour.set(colour, [node]);
    }
    for (const [colour, list] of byColour) {
      ctx.fillStyle = colour;
      for (const node of list) {
        const box = layout.boxes.get(node.id);
        if (!box) continue;
        ctx.fillRect(
          (box.x - f.left) * f.scale,
          (box.y - f.top) * f.scale,
          Math.max(1, box.width * f.scale),
          Math.max(1, box.height * f.scale),
        );
      }
    }
    // Outside the view is veiled; the view itself is outlined.
    const v = f.view;
    ctx.fillStyle = MASK;
    ctx.beginPath();
    ctx.rect(0, 0, WIDTH, HEIGHT);
    ctx.rect(v.x, v.y, v.width, v.height);
    ctx.fill('evenodd');
    ctx.strokeStyle = VIEW_STROKE;
    ctx.lineWidth = 1;
    ctx.strokeRect(v.x + 0.5, v.y + 0.5, Math.max(0, v.width - 1), Math.max(0, v.height - 1));
  });

  /** Centres the view on the map point under the pointer. */
  const moveTo = useCallback(
    (clientX: number, clientY: number) => {
      const el = canvas.current;
      const current = frame.current;
      if (!el || !current) return;
      const rect = el.getBoundingClientRect();
      const mapX = current.left + (clientX - rect.left) / current.scale;
      const mapY = current.top + (clientY - rect.top) / current.scale;
      const { zoom: z } = flow.getViewport();
      void flow.setViewport({ x: width / 2 - mapX * z, y: height / 2 - mapY * z, zoom: z });
    },
    [flow, width, height],
  );

  const dragging = useRef(false);
  const onPointerDown = (e: React.PointerEvent<HTMLCanvasElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    moveTo(e.clientX, e.clientY);
  };
  const onPointerMove = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (dragging.current) moveTo(e.clientX, e.clientY);
  };
  const onPointerUp = () => {
    dragging.current = false;
  };

  // The wheel zooms about the centre of the view; a native listener, so the page does not scroll.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const current = flow.getViewport();
      const next = Math.min(maxZoom, Math.max(minZoom, current.zoom * Math.pow(2, -e.deltaY * 0.002)));
      const cx = (width / 2 - current.x) / current.zoom;
      const cy = (height / 2 - current.y) / current.zoom;
      void flow.setViewport({ x: width / 2 - cx * next, y: height / 2 - cy * next, zoom: next });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [flow, width, height, minZoom, maxZoom]);

  return (
    <Panel
      position="bottom-right"
      className="react-flow__minimap map-overview"
      style={{ width: WIDTH, height: HEIGHT }}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label="Overview of the whole map"
        style={{ width: WIDTH, height: HEIGHT, display: 'block', cursor: 'pointer' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
    </Panel>
  );
}
