import { describe, expect, it } from 'vitest';
import { svgPixelSize } from './svgSize';

describe('svgPixelSize', () => {
  it('reads pixels, millimetres at 96 dpi, or the viewBox', () => {
    expect(
      svgPixelSize('<?xml version="1.0"?>\n<svg xmlns="x" width="2000" height="448.5" viewBox="0 0 2000 448.5">'),
    ).toEqual({ width: 2000, height: 448.5 });
    const a4 = svgPixelSize('<svg width="297mm" height="210mm" viewBox="0 0 2826 2000">');
    expect(a4.width).toBeCloseTo(1122.52, 1);
    expect(a4.height).toBeCloseTo(793.7, 1);
    expect(svgPixelSize('<svg viewBox="0 0 300 150">')).toEqual({ width: 300, height: 150 });
  });
});
