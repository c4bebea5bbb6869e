/**
 * The camera as content, not pixels: a view remembers the region of the layout it shows (in layout units), and
 * opening it fits that region to whatever screen receives it. A link made on a 1920×1080 monitor therefore shows
 * the same nodes on a 1024×768 projector (smaller), where a pixel viewport would have left them off screen.
 *
 * In a link: `cam=x,y,w,h`, the region's top-left corner and size in layout units, rounded to whole units.
 */
import type { Viewport } from './viewState';

/** A region of the layout, in layout units. */
export interface Camera {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScreenSize {
  width: number;
  height: number;
}

export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
}

/** React Flow's limits in the app. */
export const MAP_ZOOM: ZoomLimits = { minZoom: 0.03, maxZoom: 2.5 };

/** Regions larger than this (layout units) are not from a real map: a link holding one is refused. */
const MAX_EXTENT = 1e7;

/** What a viewport shows on a screen of `screen` pixels. */
export function cameraOf(viewport: Viewport, screen: ScreenSize): Camera {
  const zoom = viewport.zoom > 0 ? viewport.zoom : 1;
  return {
    x: -viewport.x / zoom,
    y: -viewport.y / zoom,
    width: Math.max(1, screen.width) / zoom,
    height: Math.max(1, screen.height) / zoom,
  };
}

/** The viewport that shows all of `camera`, as large as fits, centred on a screen of `screen` pixels. */
export function fitCamera(camera: Camera, screen: ScreenSize, limits: ZoomLimits = MAP_ZOOM): Viewport {
  const width = Math.max(1, screen.width);
  const height = Math.max(1, screen.height);
  const fit = Math.min(width / Math.max(1e-6, camera.width), height / Math.max(1e-6, camera.height));
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, fit));
  const cx = camera.x + camera.width / 2;
  const cy = camera.y + camera.height / 2;
  return { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom };
}

/** The smallest region holding every box, with `padding` layout units around; null for no boxes. */
export function cameraAround(
  boxes: Iterable<{ x: number; y: number; width: number; height: number }>,
  padding = 24,
): Camera | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  if (!Number.isFinite(left)) return null;
  return { x: left - padding, y: top - padding, width: right - left + 2 * padding, height: bottom - top + 2 * padding };
}

/** Whether `box` lies wholly inside `camera`. */
export function contains(camera: Camera, box: { x: number; y: number; width: number; height: number }): boolean {
  return (
    box.x >= camera.x &&
    box.y >= camera.y &&
    box.x + box.width <= camera.x + camera.width &&
    box.y + box.height <= camera.y + camera.height
  );
}

/** Rounded to whole layout units, as links store it (`-0` written as `0`). */
export function roundCamera(camera: Camera): Camera {
  return {
    x: Math.round(camera.x) + 0,
    y: Math.round(camera.y) + 0,
    width: Math.max(1, Math.round(camera.width)),
    height: Math.max(1, Math.round(camera.height)),
  };
}

export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  const r = roundCamera(a);
  const s = roundCamera(b);
  return r.x === s.x && r.y === s.y && r.width === s.width && r.height === s.height;
}

/** `x,y,w,h` for a link. */
export function encodeCamera(camera: Camera): string {
  const { x, y, width, height } = roundCamera(camera);
  return `${x},${y},${width},${height}`;
}

/** Reads `x,y,w,h`; null for anything else (missing parts, non-numbers, empty or absurd sizes). */
export function decodeCamera(text: string): Camera | null {
  const parts = text.split(',');
  if (parts.length !== 4 || !parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return null;
  const [x, y, width, height] = parts.map(Number) as [number, number, number, number];
  if (width <= 0 || height <= 0) return null;
  if ([x, y, width, height].some((v) => Math.abs(v) > MAX_EXTENT)) return null;
  return roundCamera({ x, y, width, height });
}
