import { describe, expect, it } from 'vitest';
import { FOCUS_STYLE, NODE_STYLE, THEMES, tint } from './look';
import {
  MIN_TEXT_PX,
  SIMPLE_TEXT_SIZE,
  batchNodes,
  nodeAt,
  nodeStyle,
  paintNodes,
  type NodeCanvas,
  type PaintEmphasis,
  type PaintNode,
} from './nodePaint';

const screen = THEMES.screen;

function node(id: string, x: number, y: number, extra: Partial<PaintNode> = {}): PaintNode {
  return {
    id,
    kind: 'goal',
    shape: 'rounded',
    colour: '#1f77b4',
    x,
    y,
    width: 200,
    height: 50,
    text: id.toUpperCase(),
    name: `Item ${id}`,
    gap: false,
    ...extra,
  };
}

/** Records fills, strokes and texts, each with the state it was made in; text is 10 units per character wide. */
function recorder() {
  const ops: { op: 'stroke' | 'fill' | 'text'; shapes: number; style: string; alpha: number; text?: string }[] = [];
  let shapes = 0;
  const ctx: NodeCanvas = {
    beginPath: () => {
      shapes = 0;
    },
    moveTo: () => {
      shapes++;
    },
    lineTo: () => undefined,
    bezierCurveTo: () => undefined,
    closePath: () => undefined,
    fill: () => ops.push({ op: 'fill', shapes, style: String(ctx.fillStyle), alpha: ctx.globalAlpha }),
    stroke: () => ops.push({ op: 'stroke', shapes, style: String(ctx.strokeStyle), alpha: ctx.globalAlpha }),
    fillText: (text) => ops.push({ op: 'text', shapes: 0, style: String(ctx.fillStyle), alpha: ctx.globalAlpha, text }),
    measureText: (text) => ({ width: text.length * 10 }),
    setLineDash: () => undefined,
    lineWidth: 1,
    lineJoin: 'miter',
    strokeStyle: '',
    fillStyle: '',
    globalAlpha: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
  };
  return { ctx, ops };
}

const none = () => 'normal' as PaintEmphasis;

describe('nodeStyle', () => {
  it('gives the simplified node’s look: kind tint and border, a thick outline when focused, faded off the chains', () => {
    const plain = nodeStyle(screen, { colour: '#1f77b4', gap: false }, 'normal', false, false);
    expect(plain).toMatchObject({ fill: tint('#1f77b4', screen.nodeTint), stroke: '#1f77b4', alpha: 1 });
    expect(plain.strokeWidth).toBe(NODE_STYLE.borderWidth);
    const focus = nodeStyle(screen, { colour: '#1f77b4', gap: false }, 'focus', false, false);
    expect(focus).toMatchObject({ stroke: screen.focusOutline, strokeWidth: FOCUS_STYLE.outlineWidth });
    expect(nodeStyle(screen, { colour: '#1f77b4', gap: false }, 'chain', false, false).strokeWidth).toBe(
      NODE_STYLE.chainBorderWidth,
    );
    expect(nodeStyle(screen, { colour: '#1f77b4', gap: false }, 'faded', false, false).alpha).toBe(
      FOCUS_STYLE.dimOpacity,
    );
  });

  it('marks a search match in the highlight colour and a gap by its fill, dashed only while the view is still', () => {
    expect(nodeStyle(screen, { colour: '#1f77b4', gap: false }, 'normal', true, false)).toMatchObject({
      stroke: screen.highlight,
      match: true,
    });
    const gap = nodeStyle(screen, { colour: '#1f77b4', gap: true }, 'normal', false, false);
    expect(gap.fill).toBe(screen.gapFill);
    expect(gap.dash).toEqual(NODE_STYLE.gapDash);
    expect(nodeStyle(screen, { colour: '#1f77b4', gap: true }, 'normal', false, true).dash).toBeNull();
  });
});

describe('batchNodes and paintNodes', () => {
  const nodes = [node('a', 0, 0), node('b', 0, 100), node('c', 0, 200, { colour: '#d62728' }), node('far', 5000, 0)];

  it('paints each style once, only what is in view, faded first and search matches last', () => {
    const batches = batchNodes(nodes, {
      theme: screen,
      moving: false,
      emphasisOf: (id) => (id === 'a' ? 'focus' : id === 'b' ? 'faded' : 'chain'),
      matches: new Set(['c']),
      view: { x0: -10, y0: -10, x1: 1000, y1: 1000 },
    });
    expect(batches.flatMap((b) => b.nodes.map((n) => n.id))).toEqual(['b', 'a', 'c']);
    const { ctx, ops } = recorder();
    const summary = paintNodes(ctx, batches, 1);
    expect(summary).toEqual({ nodes: 3, kinds: new Set(['goal']), faded: 1, matches: 1, texts: 3 });
    // The faded node's outline is filled at the fade's opacity.
    expect(ops.find((o) => o.op === 'fill' && o.alpha === FOCUS_STYLE.dimOpacity)).toBeTruthy();
    // The match's halo is stroked in the highlight colour.
    expect(ops.some((o) => o.op === 'stroke' && o.style === screen.highlight)).toBe(true);
  });

  it('draws nodes of one style as one path: one fill of outlines and one of colour bars for many nodes', () => {
    const many = Array.from({ length: 40 }, (_, i) => node(`n${i}`, 0, i * 60));
    const batches = batchNodes(many, { theme: screen, moving: true, emphasisOf: none, matches: new Set() });
    expect(batches).toHaveLength(1);
    const { ctx, ops } = recorder();
    paintNodes(ctx, batches, MIN_TEXT_PX / SIMPLE_TEXT_SIZE / 2);
    const fills = ops.filter((o) => o.op === 'fill');
    expect(fills.map((f) => f.shapes)).toEqual([40, 40]);
    // Too small on screen to read: no text at all.
    expect(ops.some((o) => o.op === 'text')).toBe(false);
  });

  it('writes the code when it is big enough on screen, cut with an ellipsis to the node’s width', () => {
    const long = node('x', 0, 0, { text: 'A very long title that cannot fit in two hundred units' });
    const batches = batchNodes([long], { theme: screen, moving: false, emphasisOf: none, matches: new Set() });
    const { ctx, ops } = recorder();
    paintNodes(ctx, batches, MIN_TEXT_PX / SIMPLE_TEXT_SIZE);
    const text = ops.find((o) => o.op === 'text')?.text ?? '';
    expect(text.endsWith('…')).toBe(true);
    expect(text.length * 10).toBeLessThanOrEqual(200 - 28);
    expect(long.text.startsWith(text.slice(0, -1).trimEnd())).toBe(true);
  });
});

describe('nodeAt', () => {
  it('finds the node under a point, the last painted on top, and none between nodes', () => {
    const a = node('a', 0, 0);
    const b = node('b', 100, 20);
    expect(nodeAt([a, b], { x: 150, y: 30 })?.id).toBe('b');
    expect(nodeAt([a, b], { x: 10, y: 10 })?.id).toBe('a');
    expect(nodeAt([a, b], { x: 10, y: 60 })).toBeNull();
  });
});
