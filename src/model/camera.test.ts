import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cameraAround, cameraOf, contains, decodeCamera, encodeCamera, fitCamera, sameCamera } from './camera';

describe('camera as content', () => {
  it('a region seen at 1920×1080 is wholly visible when fitted to 1024×768', () => {
    const big = { width: 1920, height: 1080 };
    const small = { width: 1024, height: 768 };
    const camera = cameraOf({ x: -800, y: -300, zoom: 1.2 }, big);
    const vp = fitCamera(camera, small);
    // The region's corners land inside the small screen.
    const toScreen = (x: number, y: number) => ({ x: x * vp.zoom + vp.x, y: y * vp.zoom + vp.y });
    const a = toScreen(camera.x, camera.y);
    const b = toScreen(camera.x + camera.width, camera.y + camera.height);
    expect(a.x).toBeGreaterThanOrEqual(-0.5);
    expect(a.y).toBeGreaterThanOrEqual(-0.5);
    expect(b.x).toBeLessThanOrEqual(small.width + 0.5);
    expect(b.y).toBeLessThanOrEqual(small.height + 0.5);
    // And it fills the width: the sender's screen is wider than the receiver's.
    expect(b.x - a.x).toBeCloseTo(small.width, 0);
  });

  it('round-trips a viewport on the same screen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.double({ min: 0.05, max: 2.5, noNaN: true }),
        (x, y, zoom) => {
          const screen = { width: 1280, height: 800 };
          const vp = fitCamera(cameraOf({ x, y, zoom }, screen), screen);
          expect(vp.zoom).toBeCloseTo(zoom, 6);
          expect(vp.x).toBeCloseTo(x, 3);
          expect(vp.y).toBeCloseTo(y, 3);
        },
      ),
    );
  });

  it('keeps the zoom within limits', () => {
    const vp = fitCamera({ x: 0, y: 0, width: 1, height: 1 }, { width: 1000, height: 800 });
    expect(vp.zoom).toBe(2.5);
  });

  it('frames boxes with padding and knows what it contains', () => {
    const cam = cameraAround([
      { x: 10, y: 20, width: 100, height: 40 },
      { x: 300, y: 500, width: 100, height: 40 },
    ]);
    expect(cam).toEqual({ x: -14, y: -4, width: 438, height: 568 });
    expect(contains(cam!, { x: 300, y: 500, width: 100, height: 40 })).toBe(true);
    expect(contains(cam!, { x: 400, y: 500, width: 100, height: 40 })).toBe(false);
    expect(cameraAround([])).toBeNull();
  });

  it('is written as x,y,w,h in whole units and read back', () => {
    const cam = { x: -12.4, y: 30.6, width: 1600.2, height: 900.5 };
    expect(encodeCamera(cam)).toBe('-12,31,1600,901');
    expect(decodeCamera(encodeCamera(cam))).toEqual({ x: -12, y: 31, width: 1600, height: 901 });
    expect(sameCamera(decodeCamera('-12,31,1600,901'), cam)).toBe(true);
  });

  it('refuses what is not a region', () => {
    for (const bad of ['', '1,2,3', '1,2,3,4,5', 'a,b,c,d', '0,0,0,10', '0,0,10,-1', '0,0,1e9,1', '0,0,99999999,5'])
      expect(decodeCamera(bad), bad).toBeNull();
  });
});
