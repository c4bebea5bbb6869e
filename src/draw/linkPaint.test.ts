import { describe, expect, it } from 'vitest';
import type { Basis } from '../model/schema';
import { linkCurve } from './linkPath';
import { ARROW, FOCUS_STYLE, LINK_DASH, SOLID_BASIS, THEMES } from './look';
import {
  arrowHead,
  batchLinks,
  curveBox,
  paintLinks,
  screenLinkStyle,
  strokeOf,
  type LinkCanvas,
  type PaintLink,
  type PaintMode,
} from './linkPaint';

const screen = THEMES.screen;
const still: PaintMode = { zoomedOut: false, moving: false };

function link(key: string, basis: Basis, y = 0, arrow: 'start' | 'end' | null = 'end'): PaintLink {
  const curve = linkCurve([
    { x: 0, y },
    { x: 100, y: y + 40 },
  ])!;
  return { key, source: `${key}-a`, target: `${key}-b`, basis, curve, arrow, box: curveBox(curve) };
}

/** Records what is drawn: each stroke and fill with the state it was made in. */
function recorder() {
  const ops: {
    op: 'stroke' | 'fill';
    subpaths: number;
    style: string;
    dash: number[];
    offset: number;
    alpha: number;
  }[] = [];
  let subpaths = 0;
  let dash: number[] = [];
  const state = () => ({ offset: ctx.lineDashOffset, alpha: ctx.globalAlpha });
  const ctx: LinkCanvas = {
    beginPath: () => {
      subpaths = 0;
    },
    moveTo: () => {
      subpaths++;
    },
    lineTo: () => undefined,
    bezierCurveTo: () => undefined,
    closePath: () => undefined,
    stroke: () => ops.push({ op: 'stroke', subpaths, style: String(ctx.strokeStyle), dash, ...state() }),
    fill: () => ops.push({ op: 'fill', subpaths, style: String(ctx.fillStyle), dash, ...state() }),
    setLineDash: (d) => {
      dash = d;
    },
    lineDashOffset: 0,
    lineWidth: 1,
    lineCap: 'butt',
    strokeStyle: '',
    fillStyle: '',
    globalAlpha: 1,
  };
  return { ctx, ops };
}

describe('screenLinkStyle', () => {
  it('dashes derived and proposed links as LINK_DASH says when the view is still and zoomed in', () => {
    for (const basis of ['official', 'derived', 'proposed'] as const) {
      const s = screenLinkStyle(screen, basis, 'normal', still);
      expect(s.dash).toEqual(LINK_DASH[basis].dash);
      expect(s.linecap).toBe(LINK_DASH[basis].linecap);
      expect(s.lineAlpha).toBe(1);
      expect(s.colour).toBe(screen.link);
    }
  });

  it('draws every link solid while the view moves or zoomed out, the basis shown by lightness', () => {
    for (const mode of [
      { zoomedOut: true, moving: false },
      { zoomedOut: false, moving: true },
      { zoomedOut: true, moving: true },
    ]) {
      for (const basis of ['official', 'derived', 'proposed'] as const) {
        const s = screenLinkStyle(screen, basis, 'normal', mode);
        expect(s.dash).toBeNull();
        expect(s.lineAlpha).toBe(SOLID_BASIS[basis].opacity);
      }
    }
    expect(screenLinkStyle(screen, 'proposed', 'normal', { zoomedOut: true, moving: false }).lineAlpha).toBeLessThan(
      screenLinkStyle(screen, 'derived', 'normal', { zoomedOut: true, moving: false }).lineAlpha,
    );
  });

  it('draws chain links darker and thicker, with larger arrowheads, and fades the rest', () => {
    const chain = screenLinkStyle(screen, 'derived', 'chain', still);
    expect(chain.colour).toBe(screen.chainLink);
    expect(chain.width).toBe(screen.chainLinkWidth);
    expect(chain.arrowScale).toBeGreaterThan(1);
    expect(chain.dash).toEqual(LINK_DASH.derived.dash);
    const faded = screenLinkStyle(screen, 'official', 'faded', still);
    expect(faded.lineAlpha).toBe(FOCUS_STYLE.dimOpacity);
    expect(faded.arrowAlpha).toBe(FOCUS_STYLE.dimOpacity);
    expect(faded.colour).toBe(screen.link);
  });

  it('follows the theme: the projector shows the basis by weight, never by dashes', () => {
    const s = screenLinkStyle(THEMES.projector, 'derived', 'normal', still);
    expect(s.dash).toBeNull();
    expect(s.colour).toBe(THEMES.projector.link);
    expect(s.width).toBeLessThan(THEMES.projector.linkWidth);
  });
});

describe('batchLinks', () => {
  const links = [
    link('a', 'official', 0),
    link('b', 'derived', 50),
    link('c', 'derived', 100),
    link('d', 'proposed', 150),
    link('e', 'official', 2000),
  ];

  it('puts links of one style in one batch, one batch per basis when still', () => {
    const batches = batchLinks(links, { theme: screen, mode: still, emphasisOf: () => 'normal' });
    expect(batches).toHaveLength(3);
    expect(batches.map((b) => b.links.map((l) => l.key).join('')).sort()).toEqual(['ae', 'bc', 'd']);
  });

  it('leaves out what is outside the view or not shown', () => {
    const batches = batchLinks(links, {
      theme: THEMES.screen,
      mode: still,
      emphasisOf: () => 'normal',
      view: { x0: -10, y0: -10, x1: 500, y1: 500 },
      shown: (l) => l.key !== 'c',
    });
    expect(batches.flatMap((b) => b.links.map((l) => l.key)).sort()).toEqual(['a', 'b', 'd']);
    // The projector's solid lines still differ by basis (weight and lightness): one batch each.
    const projector = batchLinks(links, { theme: THEMES.projector, mode: still, emphasisOf: () => 'normal' });
    expect(projector).toHaveLength(3);
  });

  it('draws faded links first and chain links last, on top', () => {
    const batches = batchLinks(links, {
      theme: screen,
      mode: still,
      emphasisOf: (l) => (l.key === 'b' ? 'chain' : l.key === 'a' ? 'normal' : 'faded'),
    });
    const order = batches.map((b) => b.emphasis);
    expect(order[0]).toBe('faded');
    expect(order[order.length - 1]).toBe('chain');
    expect(batches.find((b) => b.emphasis === 'chain')?.links.map((l) => l.key)).toEqual(['b']);
  });
});

describe('paintLinks', () => {
  it("strokes opaque links one by one with their dash, then fills each batch's arrowheads once", () => {
    const links = [link('a', 'derived', 0), link('b', 'derived', 60), link('c', 'official', 120, null)];
    const { ctx, ops } = recorder();
    const summary = paintLinks(ctx, batchLinks(links, { theme: screen, mode: still, emphasisOf: () => 'normal' }));
    const strokes = ops.filter((o) => o.op === 'stroke');
    expect(strokes).toHaveLength(3);
    const dashed = strokes.filter((o) => o.dash.length > 0);
    expect(dashed.map((o) => [o.subpaths, o.offset])).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(dashed[0]!.dash).toEqual(LINK_DASH.derived.dash);
    // One fill for the two arrowheads of the derived links; the official link has none.
    const fills = ops.filter((o) => o.op === 'fill');
    expect(fills).toHaveLength(1);
    expect(fills[0]!.subpaths).toBe(2);
    expect(summary).toEqual({ links: 3, chain: 0, faded: 0, dashed: 2, arrows: 2 });
  });

  it('strokes a translucent batch as one path, so overlapping links are no darker than one', () => {
    const links = [link('a', 'official', 0), link('b', 'official', 0)];
    const { ctx, ops } = recorder();
    paintLinks(ctx, batchLinks(links, { theme: screen, mode: still, emphasisOf: () => 'faded' }), false);
    expect(ops.map((o) => [o.op, o.subpaths, o.alpha])).toEqual([['stroke', 2, FOCUS_STYLE.dimOpacity]]);
  });

  it('dashes a link only inside the view, each part with the dash offset of where it starts', () => {
    // From (0, 0) to (100, 40); the view holds its middle third only.
    const links = [link('a', 'derived', 0)];
    const view = { x0: 33, y0: -10, x1: 66, y1: 50 };
    const { ctx, ops } = recorder();
    paintLinks(ctx, batchLinks(links, { theme: screen, mode: still, emphasisOf: () => 'normal', view }), false);
    expect(ops).toHaveLength(1);
    const [part] = ops;
    expect(part!.subpaths).toBe(1);
    // The part starts a little before x = 33 (the curve is halved until its parts are inside or outside the view),
    // and its offset is the length of curve before it: more than the straight distance to x = 25, less than to 40.
    expect(part!.offset).toBeGreaterThan(Math.hypot(25, 2));
    expect(part!.offset).toBeLessThan(Math.hypot(40, 20));
    expect(ctx.lineDashOffset).toBe(0);
  });

  it('draws no dash when moving or zoomed out, and no arrowheads when asked not to', () => {
    const links = [link('a', 'derived', 0), link('b', 'proposed', 60)];
    const { ctx, ops } = recorder();
    const summary = paintLinks(
      ctx,
      batchLinks(links, { theme: screen, mode: { zoomedOut: false, moving: true }, emphasisOf: () => 'normal' }),
      false,
    );
    expect(ops.every((o) => o.op === 'stroke' && o.dash.length === 0)).toBe(true);
    expect(summary.dashed).toBe(0);
    expect(summary.arrows).toBe(0);
  });

  it('colours chain links and their arrowheads in the chain colour, faded ones at the fade', () => {
    const links = [link('a', 'official', 0), link('b', 'official', 60)];
    const { ctx, ops } = recorder();
    paintLinks(
      ctx,
      batchLinks(links, { theme: screen, mode: still, emphasisOf: (l) => (l.key === 'a' ? 'chain' : 'faded') }),
    );
    expect(ops.map((o) => [o.op, o.style, o.alpha])).toEqual([
      ['stroke', screen.link, FOCUS_STYLE.dimOpacity],
      ['fill', screen.link, FOCUS_STYLE.dimOpacity],
      ['stroke', screen.chainLink, 1],
      ['fill', screen.chainLink, 1],
    ]);
  });
});

describe('strokeOf', () => {
  const dotted = screenLinkStyle(screen, 'proposed', 'normal', still);

  it('strokes dots with round caps where they are wide enough on screen to show them', () => {
    expect(strokeOf(dotted, 4)).toEqual({ dash: LINK_DASH.proposed.dash, linecap: 'round', shift: 0 });
  });

  it('strokes thin dots square-ended over the same length: each dash longer by the width, from half a width before', () => {
    const [on, off] = LINK_DASH.proposed.dash!;
    const w = dotted.width;
    expect(w * 0.88).toBeLessThan(2);
    expect(strokeOf(dotted, 0.88)).toEqual({ dash: [on! + w, off! - w], linecap: 'butt', shift: w / 2 });
  });

  it('leaves dashes with butt caps and solid lines as they are', () => {
    expect(strokeOf(screenLinkStyle(screen, 'derived', 'normal', still), 0.5).dash).toEqual(LINK_DASH.derived.dash);
    expect(strokeOf(screenLinkStyle(screen, 'official', 'normal', still), 0.5).dash).toEqual([]);
  });
});

describe('arrowHead', () => {
  it('puts the tip on the end it points out of, along the curve', () => {
    const curve = linkCurve([
      { x: 0, y: 0 },
      { x: 100, y: 50 },
    ])!;
    const [tip, a, b] = arrowHead(curve, 'end')!;
    expect(tip).toEqual({ x: 100, y: 50 });
    // The curve arrives horizontally from the left: the back corners are ARROW.length to the left.
    expect(a.x).toBeCloseTo(100 - ARROW.length);
    expect(b.x).toBeCloseTo(100 - ARROW.length);
    expect(Math.abs(a.y - b.y)).toBeCloseTo(2 * ARROW.halfWidth);
    const [start, c] = arrowHead(curve, 'start', 2)!;
    expect(start).toEqual({ x: 0, y: 0 });
    expect(c.x).toBeCloseTo(2 * ARROW.length);
  });
});
