/**
 * What the map shows, as content: the region of the layout on screen (see model/camera.ts). Links and saved
 * views carry it, and the map fits it to the screen that opens them. `cameraSeq` tells a camera to fit (from a
 * link, Back/Forward, a saved view or a presenter step) apart from one the map reported after a pan.
 */
import type { StateCreator } from 'zustand';
import type { Camera } from '../model/camera';
import type { Viewport } from '../model/viewState';
import type { AppState } from './store';

export interface CameraFields {
  camera: Camera | null;
  /** Bumped whenever a camera is to be fitted to the screen; unchanged when the map reports what it shows. */
  cameraSeq: number;
}

export interface CameraSlice extends CameraFields {
  /** The map moved (pan, zoom): the pixel viewport and the region it shows, in one update. */
  reportCamera: (viewport: Viewport, camera: Camera) => void;
  /** Shows `camera` (fitted to the screen), or, with null, the map's own first view. */
  showCamera: (camera: Camera | null) => void;
}

let seq = 0;

export const cameraUpdates = {
  /** A camera to fit to the screen. */
  applied: (camera: Camera | null): CameraFields => ({ camera, cameraSeq: camera ? ++seq : seq }),
};

export const createCameraSlice: StateCreator<AppState, [], [], CameraSlice> = (set) => ({
  camera: null,
  cameraSeq: 0,
  reportCamera: (viewport, camera) => set({ viewport, camera }),
  showCamera: (camera) => set({ viewport: null, ...cameraUpdates.applied(camera) }),
});

/** Reads what the map shows right now (registered by the map while it is mounted). */
let liveCamera: (() => Camera | null) | null = null;

/** The map registers how to read its camera; returns the function that unregisters it. */
export function registerLiveCamera(read: () => Camera | null): () => void {
  liveCamera = read;
  return () => {
    if (liveCamera === read) liveCamera = null;
  };
}

/** What the map shows now: the last reported camera, else the map's own reading, else null (no map). */
export function currentCamera(s: CameraFields): Camera | null {
  return s.camera ?? liveCamera?.() ?? null;
}
