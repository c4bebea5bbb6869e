/**
 * Presenting saved views in a meeting: the camera of each step made readable on the room's screen, and the
 * optional reveal within a step (the focused node first, then its chain one column further at a time).
 */
import { cameraAround, fitCamera, type Camera, type ScreenSize } from './camera';
import type { Chains } from './chains';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The region to show for a step on `screen` so that the zoom is at least `minZoom` (labels readable from the
 * back of the room): the step's own camera when it fits at that zoom, else a region the screen holds at
 * `minZoom`, centred on the focused node when there is one (else on the camera's centre).
 */
export function presenterCamera(
  camera: Camera,
  screen: ScreenSize,
  minZoom: number,
  focusBox?: Box | null,
  bounds?: Camera | null,
): Camera {
  const zoom = fitCamera(camera, screen, { minZoom: 0, maxZoom: Infinity }).zoom;
  if (zoom >= minZoom) return camera;
  const width = screen.width / minZoom;
  const height = screen.height / minZoom;
  const cx = focusBox ? focusBox.x + focusBox.width / 2 : camera.x + camera.width / 2;
  const cy = focusBox ? focusBox.y + focusBox.height / 2 : camera.y + camera.height / 2;
  let x = cx - width / 2;
  let y = cy - height / 2;
  // No empty screen beyond the map's edges when the map is larger than the region (the focus stays inside).
  if (bounds) {
    if (width <= bounds.width) x = Math.min(Math.max(x, bounds.x), bounds.x + bounds.width - width);
    if (height <= bounds.height) y = Math.min(Math.max(y, bounds.y), bounds.y + bounds.height - height);
  }
  return { x, y, width, height };
}

/**
 * The reveal of a step, stage by stage: stage 0 is the focused node alone, stage k adds the chain's nodes k
 * columns away from the focus (on either side). Each stage holds every node shown so far.
 * @param columnOf the column index of a node.
 */
export function revealStages(chains: Chains, columnOf: (id: string) => number | undefined): Set<string>[] {
  const home = columnOf(chains.focus) ?? 0;
  let far = 0;
  const distance = new Map<string, number>();
  for (const id of chains.nodes) {
    const column = columnOf(id);
    const d = column === undefined ? 0 : Math.abs(column - home);
    distance.set(id, d);
    far = Math.max(far, d);
  }
  const stages: Set<string>[] = [];
  for (let k = 0; k <= far; k++) {
    const shown = new Set<string>([chains.focus]);
    for (const [id, d] of distance) if (d <= k) shown.add(id);
    if (k === 0 || shown.size > (stages[stages.length - 1]?.size ?? 0)) stages.push(shown);
  }
  return stages;
}

/** The region around the boxes of a stage, for a camera that follows the reveal; null for none. */
export function stageCamera(stage: ReadonlySet<string>, boxOf: (id: string) => Box | undefined): Camera | null {
  const boxes: Box[] = [];
  for (const id of stage) {
    const box = boxOf(id);
    if (box) boxes.push(box);
  }
  return cameraAround(boxes, 40);
}

export type PresenterKey = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** What a key does while presenting (clickers send PageDown and PageUp); null for keys left alone. */
export function presenterKey(key: string, shift = false): PresenterKey | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case 'Enter':
      return 'next';
    case ' ':
      return shift ? 'previous' : 'next';
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
