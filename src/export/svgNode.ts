/** One node of the map as SVG, drawn like the on-screen node: shape, colour bar, code row, wrapped label. */
import type { Kind, MapNode } from '../model/schema';
import { displayName, periodLabel } from '../model/graph';
import { measureText } from '../layout/text';
import { GEOMETRY as G, type NodeBox } from '../layout/types';
import { isRtl } from '../draw/bidi';
import { BOLD_FACTOR, fitText } from '../draw/fitText';
import { ICON_PATHS } from '../draw/icons';
import { el, block, textEl } from './markup';
import { fmt } from '../draw/number';
import { accentBarPath, shapePath } from '../draw/shapes';
import { dashList, CONFIDENCE_DOTS, FOCUS_STYLE, NODE_STYLE as S, tint, type Theme } from '../draw/look';

/** Kind used for a node whose kind is not declared (cannot happen in a valid dataset). */
export const FALLBACK_KIND: Kind = { id: '', singular: 'Item', plural: 'Items', colour: '#5b6876', shape: 'rect' };

/** How a node stands out under focus highlighting (faded nodes are drawn normally inside a faded group). */
export type NodeEmphasis = 'focus' | 'chain' | 'normal';

export interface NodeSvgInput {
  node: MapNode;
  box: NodeBox;
  kind: Kind;
  theme: Theme;
  /** @default 'normal' */
  emphasis?: NodeEmphasis;
}

/** Baseline offset from the middle of a line for text of `fontSize` (cap height ≈ 0.7 em). */
const middleBaseline = (fontSize: number) => fontSize * 0.35;

export function nodeSvg({ node, box, kind, theme, emphasis = 'normal' }: NodeSvgInput): string {
  const { width: w, height: h } = box;
  const colour = kind.colour;
  const gap = node.label === null;
  const border =
    emphasis === 'focus'
      ? { stroke: theme.focusOutline, width: FOCUS_STYLE.outlineWidth }
      : { stroke: colour, width: emphasis === 'chain' ? S.chainBorderWidth : S.borderWidth };
  const parts: string[] = [
    textEl('title', {}, `${displayName(node)} (${kind.singular}; confidence: ${node.confidence})`),
    el('path', {
      d: shapePath(kind.shape, w, h),
      fill: gap ? theme.gapFill : tint(colour, theme.nodeTint),
      stroke: border.stroke,
      'stroke-width': border.width,
      'stroke-dasharray': gap ? dashList(S.gapDash) : null,
    }),
    el('path', { d: accentBarPath(kind.shape, w, h, S.barWidth), fill: colour }),
    ...codeRow(node, kind, theme, w),
    labelText(node, box, theme),
  ];
  return block(
    'g',
    { class: 'node', transform: `translate(${fmt(box.x)} ${fmt(box.y)})`, 'data-node': node.id },
    parts,
  );
}

/** Icon, code badge, periods and confidence dots along the top of the node. */
function codeRow(node: MapNode, kind: Kind, theme: Theme, w: number): string[] {
  const mid = G.paddingTop + G.codeRowHeight / 2;
  const parts: string[] = [];
  let x = G.paddingX;
  if (kind.icon) {
    parts.push(
      el('path', {
        d: ICON_PATHS[kind.icon],
        transform: `translate(${fmt(x)} ${fmt(mid - S.iconSize / 2)}) scale(${fmt(S.iconSize / 16, 4)})`,
        fill: kind.colour,
      }),
    );
    x += S.iconSize + S.rowGap;
  }
  // Confidence: three dots at the right, filled from the left.
  const r = S.dotRadius - S.dotBorder / 2;
  const dotsLeft = w - S.paddingRight - 2 * S.dotRadius - 2 * S.dotSpacing;
  const filled = CONFIDENCE_DOTS[node.confidence];
  for (let i = 0; i < 3; i++) {
    parts.push(
      el('circle', {
        cx: dotsLeft + S.dotRadius + i * S.dotSpacing,
        cy: mid,
        r,
        fill: i < filled ? kind.colour : '#ffffff',
        stroke: kind.colour,
        'stroke-width': S.dotBorder,
      }),
    );
  }
  const room = dotsLeft - S.rowGap;
  if (node.code) {
    const pad = S.codeBadgePaddingX;
    const maxText = (Math.min(S.codeBadgeMaxWidth, room - x) - 2 * pad) / BOLD_FACTOR;
    const text = fitText(node.code, maxText, S.codeFontSize);
    const bw = measureText(text, S.codeFontSize) * BOLD_FACTOR + 2 * pad;
    const bh = S.codeBadgeHeight;
    parts.push(el('rect', { x, y: mid - bh / 2, width: bw, height: bh, rx: bh / 2, fill: kind.colour }));
    parts.push(
      textEl(
        'text',
        {
          x: x + bw / 2,
          y: mid + middleBaseline(S.codeFontSize),
          'font-size': S.codeFontSize,
          'font-weight': 'bold',
          'text-anchor': 'middle',
          fill: '#ffffff',
        },
        text,
      ),
    );
    x += bw + S.rowGap;
  }
  const periods = fitText(periodLabel(node), room - x, S.periodFontSize);
  if (periods !== '') {
    parts.push(
      textEl(
        'text',
        { x, y: mid + middleBaseline(S.periodFontSize), 'font-size': S.periodFontSize, fill: theme.muted },
        periods,
      ),
    );
  }
  return parts;
}

/** The label as laid out (`box.lines`), one `<tspan>` per line; the gap wording in italics. */
function labelText(node: MapNode, box: NodeBox, theme: Theme): string {
  const top = G.paddingTop + G.codeRowHeight;
  const rtl = isRtl(box.lines.join(' '));
  const x = rtl ? box.width - G.paddingX : G.paddingX;
  const lines = box.lines.map((line, i) =>
    textEl(
      'tspan',
      { x, y: top + i * G.labelLineHeight + G.labelLineHeight / 2 + middleBaseline(G.labelFontSize) },
      line,
    ),
  );
  return el(
    'text',
    {
      class: 'label',
      'font-size': G.labelFontSize,
      fill: node.label === null ? theme.gapText : theme.ink,
      'font-style': node.label === null ? 'italic' : null,
      'text-anchor': rtl ? 'end' : null,
    },
    lines,
  );
}
