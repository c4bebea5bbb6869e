/** The `cam` setting of links: what is seen, in layout units (see camera.ts); old `vp` links keep working. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { decodeViewState, defaultViewState, encodeViewState } from './viewState';

const d = JSON.parse(readFileSync(new URL('../../test/fixtures/tiny.json', import.meta.url), 'utf8')) as Dataset;
const today = new Date('2026-05-01');
const defaults = defaultViewState(d, today);

describe('camera in links', () => {
  it('writes what is seen as cam=x,y,w,h instead of the pixel viewport, and reads it back', () => {
    const camera = { x: -20, y: 10, width: 1600, height: 900 };
    // The store hands a camera without a viewport (see selectViewState).
    const query = encodeViewState({ ...defaults, viewport: null, camera }, d, today);
    expect(query).toContain('cam=-20,10,1600,900');
    expect(query).not.toContain('vp=');
    expect(query.endsWith('&v=1')).toBe(true);
    const { state, ignored } = decodeViewState(query, d, today);
    expect(ignored).toEqual([]);
    expect(state.camera).toEqual(camera);
    expect(state.viewport).toBeNull();
  });

  it('still opens old links with a pixel viewport', () => {
    const { state, ignored } = decodeViewState('?vp=-120,40,0.75&v=1', d, today);
    expect(ignored).toEqual([]);
    expect(state.viewport).toEqual({ x: -120, y: 40, zoom: 0.75 });
    expect(state.camera ?? null).toBeNull();
  });

  it('prefers the camera when a link holds both', () => {
    const { state } = decodeViewState('?vp=-120,40,0.75&cam=0,0,800,600&v=1', d, today);
    expect(state.camera).toEqual({ x: 0, y: 0, width: 800, height: 600 });
    expect(state.viewport).toBeNull();
  });

  it('reports a broken camera in words and applies the rest', () => {
    const { state, ignored } = decodeViewState('?m=t&cam=0,0,abc,5&v=1', d, today);
    expect(state.viewMode).toBe('table');
    expect(state.camera ?? null).toBeNull();
    expect(ignored).toEqual(['camera: ‘0,0,abc,5’ is not a region x,y,width,height']);
  });
});
