import { describe, expect, it } from 'vitest';
import { EXTENT_ID, extentNode, grow, holds, viewOf, windowed } from './nodeWindow';
import type { AnyFlowNode } from './toFlowElements';

const at = (id: string, type: string, x: number, y: number, width = 100, height = 40) =>
  ({ id, type, position: { x, y }, width, height, data: {} }) as unknown as AnyFlowNode;

const nodes = [
  at('column:goal', 'header', 0, 0, 200, 40),
  at('notice', 'notice', 2000, 60),
  at('near', 'map', 50, 60),
  at('far', 'map', 5000, 5000),
  at('group', 'group-band', 40, 50, 120, 60),
  at('cursor', 'map', 9000, 9000),
];

describe('viewOf and grow', () => {
  it('gives the part of the map a screen shows, and that part grown by a share of its size', () => {
    const view = viewOf([-100, -50, 0.5], 800, 600);
    expect(view).toEqual({ x0: 200, y0: 100, x1: 1800, y1: 1300 });
    expect(grow(view, 0.5)).toEqual({ x0: -600, y0: -500, x1: 2600, y1: 1900 });
    expect(holds(grow(view), view)).toBe(true);
    expect(holds(view, grow(view))).toBe(false);
  });
});

describe('windowed', () => {
  const ids = (list: AnyFlowNode[]) => list.map((n) => n.id);

  it('gives headers and notices always, and map nodes and outlines inside the window, in order', () => {
    const win = { box: { x0: 0, y0: 0, x1: 1000, y1: 1000 }, painted: false };
    expect(ids(windowed(nodes, win, null))).toEqual(['column:goal', 'notice', 'near', 'group']);
  });

  it('gives no map node once they are painted, but keeps the keyboard cursor’s node wherever it is', () => {
    const win = { box: { x0: 0, y0: 0, x1: 1000, y1: 1000 }, painted: true };
    expect(ids(windowed(nodes, win, 'cursor'))).toEqual(['column:goal', 'notice', 'group', 'cursor']);
  });

  it('gives only headers and notices before the view is known', () => {
    expect(ids(windowed(nodes, { box: null, painted: false }, null))).toEqual(['column:goal', 'notice']);
  });
});

describe('extentNode', () => {
  it('spans the whole map, hidden, so that fitting the view fits the map and draws nothing', () => {
    const extent = extentNode({ width: 3000, height: 1200 });
    expect(extent).toMatchObject({ id: EXTENT_ID, hidden: true, position: { x: 0, y: 0 }, width: 3000, height: 1200 });
    expect(extent.measured).toEqual({ width: 3000, height: 1200 });
  });
});
