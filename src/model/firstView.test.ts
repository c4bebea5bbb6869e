import { describe, expect, it } from 'vitest';
import { columnsOffScreen, firstView, MIN_LABEL_PX, viewportShowingColumn } from './viewport';

/** Six columns of 224 px with 120 px between, as the built-in map's default columns. */
const columns = Array.from({ length: 6 }, (_, i) => ({ x: i * 344, width: 224 }));
const map = { width: 5 * 344 + 224, height: 3000 };
const label = 12.5;

const screenColumns = (zoom: number, x: number, width: number) =>
  columns.filter((c) => c.x * zoom + x >= -1 && (c.x + c.width) * zoom + x <= width + 1).length;

describe('the first view', () => {
  it('shows the whole map when its labels stay readable that way (a 1920 px screen)', () => {
    const first = firstView({ columns, map, view: { width: 1920, height: 1000 }, labelFontSize: label });
    expect(first.columnsShown).toBe(6);
    expect(first.viewport).not.toBe('fit'); // taller than the screen: from the top, all columns across
    const vp = first.viewport as Exclude<typeof first.viewport, 'fit'>;
    expect(vp.zoom * label).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(screenColumns(vp.zoom, vp.x, 1920)).toBe(6);
  });

  it('fits a small map whole', () => {
    const small = firstView({
      columns: columns.slice(0, 2),
      map: { width: 568, height: 400 },
      view: { width: 1024, height: 700 },
      labelFontSize: label,
    });
    expect(small.viewport).toBe('fit');
  });

  it('shows whole first columns at a readable size where the whole map would not be (a 1024 px screen)', () => {
    const first = firstView({ columns, map, view: { width: 1024, height: 700 }, labelFontSize: label });
    const vp = first.viewport as Exclude<typeof first.viewport, 'fit'>;
    expect(vp.zoom * label).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(vp.zoom).toBeLessThanOrEqual(1);
    expect(first.columnsShown).toBe(3);
    expect(screenColumns(vp.zoom, vp.x, 1024)).toBe(3);
    expect(columnsOffScreen(columns, vp, 1024)).toEqual({ left: 0, right: 3 });
  });

  it('shows the first column, cut, on a screen too narrow for one whole column', () => {
    const first = firstView({ columns, map, view: { width: 200, height: 700 }, labelFontSize: label });
    const vp = first.viewport as Exclude<typeof first.viewport, 'fit'>;
    expect(first.columnsShown).toBe(0);
    expect(vp.zoom * label).toBeCloseTo(MIN_LABEL_PX);
    expect(vp.x).toBe(12);
  });
});

describe('moving to columns off screen', () => {
  it('brings the next column on the right wholly in, then the one on the left back', () => {
    const start = { x: 12, y: 12, zoom: 1 };
    const next = viewportShowingColumn(columns[3]!, start, 1024, 'right');
    expect(columnsOffScreen(columns, next, 1024)).toEqual({ left: 1, right: 2 });
    const back = viewportShowingColumn(columns[0]!, next, 1024, 'left');
    expect(columnsOffScreen(columns, back, 1024)).toEqual({ left: 0, right: 3 });
  });
});
