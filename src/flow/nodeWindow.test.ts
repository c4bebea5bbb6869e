import { describe, expect, it } from 'vitest';
import {
  EXTENT_ID,
  PAINT_ABOVE,
  countInView,
  extentNode,
  grow,
  holds,
  paintsNodes,
  viewOf,
  windowed,
} from './nodeWindow';
import { SIMPLE_ZOOM } from './MapNodeView';
import type { AnyFlowNode } from './toFlowElements';
import type { PaintNode } from '../draw/nodePaint';

const paintNode = (id: string, x: number, y: number): PaintNode => ({
  id,
  kind: 'goal',
  shape: 'rect',
  colour: '#1f77b4',
  x,
  y,
  width: 200,
  height: 50,
  text: id,
  name: id,
  gap: false,
});

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

describe('countInView and paintsNodes', () => {
  it('paints nodes only zoomed out as far as they are simplified and with more than PAINT_ABOVE in view', () => {
    const many = Array.from({ length: PAINT_ABOVE + 5 }, (_, i) => paintNode(`n${i}`, 0, i * 60));
    const all = { x0: 0, y0: 0, x1: 200, y1: 100_000 };
    expect(countInView(many, all)).toBe(PAINT_ABOVE + 5);
    expect(countInView(many, { x0: 0, y0: 0, x1: 200, y1: 100 })).toBe(2);
    // A screen showing them all when zoomed out: painted.
    const z = SIMPLE_ZOOM / 2;
    const tall = 100_000 * z;
    expect(paintsNodes(many, [0, 0, z], 800, tall)).toEqual({ painted: true, inView: PAINT_ABOVE + 5 });
    // Zoomed in as far as nodes are full boxes: never painted, and not counted.
    expect(paintsNodes(many, [0, 0, SIMPLE_ZOOM], 800, 100_000 * SIMPLE_ZOOM)).toEqual({ painted: false, inView: 0 });
    // Zoomed out over a part with only a few: elements.
    expect(paintsNodes(many, [0, 0, z], 800, 100 * z).painted).toBe(false);
    // A presenter's reveal stage that shows only some of them: counted over those.
    expect(paintsNodes(many.slice(0, PAINT_ABOVE), [0, 0, z], 800, tall).painted).toBe(false);
  });
});
