/**
 * What the map overview (MapOverview.tsx) shows, as numbers: the region of the map it covers (the whole layout
 * and the part in view, so the view's outline is always inside it), fitted and centred in the overview's box,
 * and where the view's outline goes. Pure.
 */
import type { MapLayout } from '../layout/types';

export interface OverviewView {
  /** React Flow's viewport: the map point (0, 0) is drawn at (x, y) on screen, scaled by zoom. */
  x: number;
  y: number;
  zoom: number;
  /** The map's size on screen, px. */
  width: number;
  height: number;
}

export interface OverviewFrame {
  /** The map point at the overview's top left corner. */
  left: number;
  top: number;
  /** Overview pixels per map unit. */
  scale: number;
  /** The view's outline in overview pixels. */
  view: { x: number; y: number; width: number; height: number };
}

/** Room around the covered region, in overview pixels. */
const PADDING = 4;

export function overviewFrame(
  layout: Pick<MapLayout, 'width' | 'height'>,
  view: OverviewView,
  box: { width: number; height: number },
): OverviewFrame {
  const zoom = view.zoom > 0 ? view.zoom : 1;
  const seen = { x: -view.x / zoom, y: -view.y / zoom, width: view.width / zoom, height: view.height / zoom };
  const left = Math.min(0, seen.x);
  const top = Math.min(0, seen.y);
  const right = Math.max(layout.width, seen.x + seen.width);
  const bottom = Math.max(layout.height, seen.y + seen.height);
  const w = Math.max(1, right - left);
  const h = Math.max(1, bottom - top);
  const scale = Math.min((box.width - 2 * PADDING) / w, (box.height - 2 * PADDING) / h);
  // Centred: the spare room on the longer side is shared on both sides.
  const originLeft = left - (box.width / scale - w) / 2;
  const originTop = top - (box.height / scale - h) / 2;
  return {
    left: originLeft,
    top: originTop,
    scale,
    view: {
      x: (seen.x - originLeft) * scale,
      y: (seen.y - originTop) * scale,
      width: seen.width * scale,
      height: seen.height * scale,
    },
  };
}
