/**
 * The limits of the map's camera, shared by the link codec (which clamps a viewport read from a link) and the map
 * (whose zoom range they are): a camera from a link is kept where the map can be seen.
 */
import type { Viewport } from './viewState';

/** The zoom range of the map. */
export const ZOOM_LIMITS = { min: 0.03, max: 2.5 } as const;
/** No map is further than this from the origin, in screen pixels at any zoom (10,000 nodes at the largest zoom). */
export const PAN_LIMIT = 5_000_000;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `viewport` within the zoom range and the pan limit, and what was changed, in plain words. */
export function clampViewport(viewport: Viewport): { viewport: Viewport; clamped: string[] } {
  const clamped: string[] = [];
  const zoom = clamp(viewport.zoom, ZOOM_LIMITS.min, ZOOM_LIMITS.max);
  if (zoom !== viewport.zoom) {
    clamped.push(
      `zoom ${viewport.zoom} is beyond the map's zoom range (${ZOOM_LIMITS.min} to ${ZOOM_LIMITS.max}): zoom ${zoom} used`,
    );
  }
  const x = clamp(viewport.x, -PAN_LIMIT, PAN_LIMIT);
  const y = clamp(viewport.y, -PAN_LIMIT, PAN_LIMIT);
  if (x !== viewport.x || y !== viewport.y) {
    clamped.push(`position ${viewport.x},${viewport.y} is far beyond any map: ${x},${y} used`);
  }
  return { viewport: { x, y, zoom }, clamped };
}

/**
 * `viewport` moved, if needed, so that the map (`map`, in map pixels) overlaps the view (`view`, in screen
 * pixels) by at least `margin` pixels each way; null when it already does. A camera from a link that shows nothing
 * of the map would look like an empty map.
 */
export function keepMapInView(
  viewport: Viewport,
  map: { width: number; height: number },
  view: { width: number; height: number },
  margin = 80,
): Viewport | null {
  const w = map.width * viewport.zoom;
  const h = map.height * viewport.zoom;
  const mx = Math.min(margin, w, view.width);
  const my = Math.min(margin, h, view.height);
  const x = Math.round(clamp(viewport.x, mx - w, view.width - mx));
  const y = Math.round(clamp(viewport.y, my - h, view.height - my));
  return x === Math.round(viewport.x) && y === Math.round(viewport.y) ? null : { ...viewport, x, y };
}

/** The smallest size, in screen pixels, at which the first view shows node labels (planners read it unzoomed). */
export const MIN_LABEL_PX = 11;

export interface FirstViewInput {
  /** The map's columns, left to right, in map pixels. */
  columns: readonly { x: number; width: number }[];
  /** The whole map, in map pixels. */
  map: { width: number; height: number };
  /** The screen the map is drawn on, in pixels. */
  view: { width: number; height: number };
  /** The label size at zoom 1, in map pixels. */
  labelFontSize: number;
  /** Screen pixels kept free on the right when not all columns fit (for the note naming the others). @default 0 */
  reserveRight?: number;
}

export interface FirstView {
  /** The viewport, or 'fit' for the whole map fitted to the screen (it fits at a readable zoom). */
  viewport: Viewport | 'fit';
  /** How many columns, from the left, are whole on screen. */
  columnsShown: number;
}

/**
 * What a planner sees on opening a map: the whole map when its labels are still at least `MIN_LABEL_PX` on screen
 * that way; else as many whole columns from the left as fit at that size, from the top, at zoom 1 at most (so
 * labels are as sharp as the map draws them), and the map says that more columns lie to the right. A screen that
 * holds not even one column at that size gets the first column at the readable zoom, cut on the right.
 */
export function firstView({ columns, map, view, labelFontSize, reserveRight = 0 }: FirstViewInput): FirstView {
  const readable = MIN_LABEL_PX / labelFontSize;
  const margin = 12;
  const widthZoom = (view.width - 40) / Math.max(1, map.width);
  if (widthZoom >= readable) {
    const zoom = Math.min(1.1, widthZoom);
    const fitsHeight = map.height * zoom <= view.height - 20;
    const viewport = fitsHeight ? 'fit' : { x: Math.round((view.width - map.width * zoom) / 2), y: margin, zoom };
    return { viewport, columnsShown: columns.length };
  }
  const left = columns[0]?.x ?? 0;
  const room = view.width - 2 * margin - reserveRight;
  let shown = 0;
  for (const c of columns) {
    if ((c.x + c.width - left) * readable > room) break;
    shown++;
  }
  const last = columns[Math.max(0, shown - 1)];
  const span = last ? last.x + last.width - left : map.width;
  const zoom = shown > 0 ? Math.max(readable, Math.floor(Math.min(1, room / span) * 1000) / 1000) : readable;
  return {
    viewport: { x: Math.round(margin - left * zoom), y: margin, zoom },
    columnsShown: shown,
  };
}

/**
 * How many columns lie wholly or partly off the screen to the left and to the right of `viewport` (a column that
 * shows less than all of its width counts as off).
 */
export function columnsOffScreen(
  columns: readonly { x: number; width: number }[],
  viewport: Viewport,
  viewWidth: number,
): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (const c of columns) {
    const from = c.x * viewport.zoom + viewport.x;
    const to = (c.x + c.width) * viewport.zoom + viewport.x;
    if (from < -1) left++;
    else if (to > viewWidth + 1) right++;
  }
  return { left, right };
}

/**
 * The viewport, at the same zoom, that brings `column` wholly on screen at the nearest edge (its right edge at the
 * screen's right, or its left edge at the left), keeping as many of its neighbours on that side as fit.
 */
export function viewportShowingColumn(
  column: { x: number; width: number },
  viewport: Viewport,
  viewWidth: number,
  side: 'left' | 'right',
  margin = 12,
): Viewport {
  const x =
    side === 'right'
      ? viewWidth - margin - (column.x + column.width) * viewport.zoom
      : margin - column.x * viewport.zoom;
  return { ...viewport, x: Math.round(x) };
}
