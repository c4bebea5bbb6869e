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
