/** One node of the map in the scene, drawn like the on-screen node: shape, colour bar, code row, wrapped label. */
import type { Kind, MapNode } from '../model/schema';
import { displayName } from '../model/graph';
import { periodBadge } from '../model/cycles';
import { measureText } from '../layout/text';
import { GEOMETRY as G, type NodeBox } from '../layout/types';
import { isRtl } from './bidi';
import { BOLD_FACTOR, fitText } from './fitText';
import { CONFIDENCE_DOTS, FALLBACK_COLOUR, FOCUS_STYLE, NODE_STYLE, NODE_STYLE as S, tint, type Theme } from './look';
import type { SceneBuilder, SceneText, TextRole } from './scene';

/** Kind used for a node whose kind is not declared (cannot happen in a valid dataset). */
export const FALLBACK_KIND: Kind = {
  id: '',
  singular: 'Item',
  plural: 'Items',
  colour: FALLBACK_COLOUR,
  shape: 'rect',
};

/** How a node stands out under focus highlighting (faded nodes are drawn normally inside a faded group). */
export type NodeEmphasis = 'focus' | 'chain' | 'normal';

export interface SceneNodeInput {
  node: MapNode;
  box: NodeBox;
  kind: Kind;
  theme: Theme;
  /** @default 'normal' */
  emphasis?: NodeEmphasis;
  /** The periods the map is filtered to: the badge shows the node's period in view. @default null (its first) */
  periods?: readonly string[] | null;
  /** Smallest text size (code and period are drawn at least this big; see `SceneMapInput`). @default 0 */
  minFontSize?: number;
}

/** Baseline offset from the middle of a line for text of `fontSize` (cap height ≈ 0.7 em). */
export const middleBaseline = (fontSize: number) => fontSize * 0.35;

/** Adds a `node` group at the node's box, under `parent`, with its primitives in box coordinates. */
export function addNode(b: SceneBuilder, parent: number, input: SceneNodeInput): void {
  const { node, box, kind, theme, emphasis = 'normal', periods: selected = null, minFontSize = 0 } = input;
  const { width: w, height: h } = box;
  const colour = kind.colour;
  const gap = node.label === null;
  const g = b.group(parent, 'node', {
    x: box.x,
    y: box.y,
    nodeId: node.id,
    kind: node.kind,
    tooltip: `${displayName(node)} (${kind.singular}; confidence: ${node.confidence})`,
  });
  const border =
    emphasis === 'focus'
      ? { stroke: theme.focusOutline, width: FOCUS_STYLE.outlineWidth }
      : { stroke: colour, width: emphasis === 'chain' ? S.chainBorderWidth : S.borderWidth };
  b.add({
    type: 'shape',
    group: g,
    shape: kind.shape,
    x: 0,
    y: 0,
    width: w,
    height: h,
    fill: gap ? theme.gapFill : tint(colour, theme.nodeTint),
    stroke: border.stroke,
    strokeWidth: border.width,
    dash: gap ? S.gapDash : null,
  });
  b.add({
    type: 'accent',
    group: g,
    shape: kind.shape,
    x: 0,
    y: 0,
    width: w,
    height: h,
    barWidth: S.barWidth,
    fill: colour,
  });
  codeRow(b, g, node, kind, theme, w, selected, minFontSize);
  label(b, g, node, box, theme);
}

/** Icon, code badge, periods and confidence dots along the top of the node. */
function codeRow(
  b: SceneBuilder,
  g: number,
  node: MapNode,
  kind: Kind,
  theme: Theme,
  w: number,
  selected: readonly string[] | null,
  minFont: number,
): void {
  const S = {
    ...NODE_STYLE,
    codeFontSize: Math.max(NODE_STYLE.codeFontSize, minFont),
    periodFontSize: Math.max(NODE_STYLE.periodFontSize, minFont),
    codeBadgeHeight: Math.max(NODE_STYLE.codeBadgeHeight, minFont * 1.35),
  };
  const mid = G.paddingTop + G.codeRowHeight / 2;
  let x = G.paddingX;
  if (kind.icon) {
    b.add({ type: 'icon', group: g, icon: kind.icon, x, y: mid - S.iconSize / 2, size: S.iconSize, fill: kind.colour });
    x += S.iconSize + S.rowGap;
  }
  // Confidence: three dots at the right, filled from the left.
  const r = S.dotRadius - S.dotBorder / 2;
  const dotsLeft = w - S.paddingRight - 2 * S.dotRadius - 2 * S.dotSpacing;
  const filled = CONFIDENCE_DOTS[node.confidence];
  for (let i = 0; i < 3; i++) {
    b.add({
      type: 'circle',
      group: g,
      cx: dotsLeft + S.dotRadius + i * S.dotSpacing,
      cy: mid,
      r,
      fill: i < filled ? kind.colour : S.dotEmpty,
      stroke: kind.colour,
      strokeWidth: S.dotBorder,
    });
  }
  const room = dotsLeft - S.rowGap;
  if (node.code) {
    const pad = S.codeBadgePaddingX;
    const maxText = (Math.min(S.codeBadgeMaxWidth, room - x) - 2 * pad) / BOLD_FACTOR;
    const text = fitText(node.code, maxText, S.codeFontSize);
    const bw = measureText(text, S.codeFontSize) * BOLD_FACTOR + 2 * pad;
    const bh = S.codeBadgeHeight;
    b.add({ type: 'rect', group: g, x, y: mid - bh / 2, width: bw, height: bh, radius: bh / 2, fill: kind.colour });
    b.add(
      line(g, 'code', text, x + bw / 2, mid + middleBaseline(S.codeFontSize), S.codeFontSize, S.codeText, {
        bold: true,
        anchor: 'middle',
      }),
    );
    x += bw + S.rowGap;
  }
  const periods = fitText(periodBadge(node, selected), room - x, S.periodFontSize);
  if (periods !== '') {
    b.add(line(g, 'period', periods, x, mid + middleBaseline(S.periodFontSize), S.periodFontSize, theme.muted));
  }
}

/** The label as laid out (`box.lines`), one line per wrapped line; the gap wording in italics. */
function label(b: SceneBuilder, g: number, node: MapNode, box: NodeBox, theme: Theme): void {
  const top = G.paddingTop + G.codeRowHeight;
  const rtl = isRtl(box.lines.join(' '));
  const x = rtl ? box.width - G.paddingX : G.paddingX;
  b.add({
    type: 'text',
    group: g,
    role: 'label',
    lines: box.lines.map((text, i) => ({
      text,
      x,
      y: top + i * G.labelLineHeight + G.labelLineHeight / 2 + middleBaseline(G.labelFontSize),
    })),
    fontSize: G.labelFontSize,
    bold: false,
    italic: node.label === null,
    fill: node.label === null ? theme.gapText : theme.ink,
    anchor: rtl ? 'end' : 'start',
    rtl,
  });
}

/** A one-line text run. */
export function line(
  group: number,
  role: TextRole,
  text: string,
  x: number,
  y: number,
  fontSize: number,
  fill: string,
  o: { bold?: boolean; anchor?: 'start' | 'middle' | 'end' } = {},
): SceneText {
  return {
    type: 'text',
    group,
    role,
    lines: [{ text, x, y }],
    fontSize,
    bold: o.bold ?? false,
    italic: false,
    fill,
    anchor: o.anchor ?? 'start',
    rtl: isRtl(text),
  };
}
