import { describe, expect, it } from 'vitest';
import { fitCamera } from './camera';
import type { Chains } from './chains';
import { presenterCamera, presenterKey, revealStages } from './presentation';

describe('presenter camera', () => {
  it('keeps a step’s camera that is readable at the minimum zoom', () => {
    const cam = { x: 0, y: 0, width: 500, height: 300 };
    expect(presenterCamera(cam, { width: 1024, height: 768 }, 1.44)).toBe(cam);
  });
  it('zooms in around the focus when the whole region would make labels small', () => {
    const cam = { x: 0, y: 0, width: 2000, height: 1200 };
    const focus = { x: 1500, y: 900, width: 180, height: 60 };
    const shown = presenterCamera(cam, { width: 1024, height: 768 }, 1.44, focus);
    const vp = fitCamera(shown, { width: 1024, height: 768 }, { minZoom: 0, maxZoom: 10 });
    expect(vp.zoom).toBeCloseTo(1.44, 5);
    // The focused node is on screen.
    const left = focus.x * vp.zoom + vp.x;
    const top = focus.y * vp.zoom + vp.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left + focus.width * vp.zoom).toBeLessThanOrEqual(1024);
    expect(top + focus.height * vp.zoom).toBeLessThanOrEqual(768);
  });
});

describe('presenter camera at the map’s edge', () => {
  it('leaves no empty screen beyond the map when the map is larger than the screen', () => {
    const bounds = { x: 0, y: 0, width: 3000, height: 2000 };
    const focus = { x: 10, y: 10, width: 180, height: 60 };
    const shown = presenterCamera(
      { x: 0, y: 0, width: 3000, height: 2000 },
      { width: 1024, height: 768 },
      1.44,
      focus,
      bounds,
    );
    expect(shown.x).toBe(0);
    expect(shown.y).toBe(0);
  });
});

describe('reveal stages', () => {
  it('shows the focus first, then the chain one column further at a time on both sides', () => {
    const column: Record<string, number> = { g: 0, t: 1, p: 2, r: 3, q: 3, w: 4 };
    const chains = { focus: 'p', nodes: new Set(['g', 't', 'p', 'r', 'q', 'w']) } as unknown as Chains;
    const stages = revealStages(chains, (id) => column[id]).map((s) => [...s].sort());
    expect(stages).toEqual([['p'], ['p', 'q', 'r', 't'], ['g', 'p', 'q', 'r', 't', 'w']]);
  });
});

describe('presenter keys', () => {
  it('steps with clickers, arrows and space, and leaves with Escape', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter'].map((k) => presenterKey(k))).toEqual(
      Array(5).fill('next'),
    );
    expect(['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace'].map((k) => presenterKey(k))).toEqual(
      Array(4).fill('previous'),
    );
    expect(presenterKey(' ', true)).toBe('previous');
    expect(presenterKey('Escape')).toBe('leave');
    expect(presenterKey('a')).toBeNull();
  });
});
