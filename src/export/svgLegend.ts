/** The legend: kinds shown, link bases, confidence dots, gaps and focus, in labelled rows that wrap to a width. */
import type { Basis, Confidence, Kind } from '../model/schema';
import { measureText } from '../layout/text';
import { fitText } from '../draw/fitText';
import { ICON_PATHS } from '../draw/icons';
import { el, block, textEl } from './markup';
import { fmt } from '../draw/number';
import { accentBarPath, shapePath } from '../draw/shapes';
import { dashList, CONFIDENCE_DOTS, FOCUS_STYLE, LINK_DASH, NODE_STYLE, tint, type Theme } from '../draw/look';

export interface LegendInput {
  /** Kinds with at least one visible node, in column order. */
  kinds: readonly Kind[];
  /** Link bases present among the visible links. */
  bases: readonly Basis[];
  /** Whether any visible node is a gap (title not yet sourced). */
  gaps: boolean;
  /** Name of the focused node, when focus highlighting is on. */
  focus: string | null;
  theme: Theme;
  /** Width to wrap the rows to. */
  width: number;
}

interface Item {
  width: number;
  /** Markup with the item's left edge at x = 0 and the row's middle at y = 0. */
  svg: string;
}

const FONT = 12;
const ROW = 24;
const HEADING_WIDTH = 92;
const ITEM_GAP = 22;
const SWATCH = { width: 34, height: 18 } as const;
const BASIS_LABEL: Record<Basis, string> = { official: 'official', derived: 'derived', proposed: 'proposed' };

const label = (x: number, text: string, theme: Theme) =>
  textEl('text', { x, y: FONT * 0.35, 'font-size': FONT, fill: theme.ink }, text);

function item(swatchWidth: number, swatch: string, text: string, theme: Theme): Item {
  return { width: swatchWidth + 6 + measureText(text, FONT), svg: swatch + label(swatchWidth + 6, text, theme) };
}

function kindItem(kind: Kind, theme: Theme): Item {
  const { width: w, height: h } = SWATCH;
  const icon = kind.icon
    ? el('path', {
        d: ICON_PATHS[kind.icon],
        transform: `translate(${fmt(w / 2 - 5)} -5) scale(0.625)`,
        fill: kind.colour,
      })
    : '';
  const swatch = block('g', { transform: `translate(0 ${fmt(-h / 2)})` }, [
    el('path', {
      d: shapePath(kind.shape, w, h),
      fill: tint(kind.colour, theme.nodeTint),
      stroke: kind.colour,
      'stroke-width': 1.2,
    }),
    el('path', { d: accentBarPath(kind.shape, w, h, 3), fill: kind.colour }),
  ]);
  return item(w, swatch + icon, kind.plural, theme);
}

function basisItem(basis: Basis, theme: Theme): Item {
  const dash = LINK_DASH[basis];
  const line = el('path', {
    d: 'M0 0 L30 0',
    stroke: theme.link,
    'stroke-width': theme.linkWidth,
    'stroke-dasharray': dashList(dash.dash),
    'stroke-linecap': dash.linecap === 'butt' ? null : dash.linecap,
  });
  const head = el('path', { d: 'M30 -4 L38 0 L30 4 Z', fill: theme.link });
  return item(38, line + head, BASIS_LABEL[basis], theme);
}

function confidenceItem(confidence: Confidence, theme: Theme): Item {
  const { dotRadius: r, dotBorder: b, dotSpacing: gap } = NODE_STYLE;
  const dots = [0, 1, 2].map((i) =>
    el('circle', {
      cx: r + i * gap,
      cy: 0,
      r: r - b / 2,
      fill: i < CONFIDENCE_DOTS[confidence] ? theme.muted : '#ffffff',
      stroke: theme.muted,
      'stroke-width': b,
    }),
  );
  return item(2 * r + 2 * gap, dots.join(''), confidence, theme);
}

function boxItem(attrs: Record<string, string | number | null>, text: string, theme: Theme, opacity?: number): Item {
  const { width: w, height: h } = SWATCH;
  const rect = el('rect', {
    x: 0,
    y: -h / 2,
    width: w,
    height: h,
    rx: 3,
    fill: tint('#5b6876', theme.nodeTint),
    ...attrs,
  });
  return item(w, opacity === undefined ? rect : el('g', { opacity }, [rect]), text, theme);
}

/** Legend markup (top-left at 0,0) and its height. */
export function legendSvg(input: LegendInput): { svg: string; height: number } {
  const { theme } = input;
  const rows: { heading: string; items: Item[] }[] = [];
  if (input.kinds.length > 0) rows.push({ heading: 'Kinds', items: input.kinds.map((k) => kindItem(k, theme)) });
  const links: Item[] = input.bases.map((b) => basisItem(b, theme));
  if (links.length > 0) rows.push({ heading: 'Links', items: links });
  rows.push({
    heading: 'Confidence',
    items: (['high', 'medium', 'low'] as const).map((c) => confidenceItem(c, theme)),
  });
  const other: Item[] = [];
  if (input.gaps) {
    other.push(
      boxItem(
        {
          fill: theme.gapFill,
          stroke: theme.muted,
          'stroke-width': 1.2,
          'stroke-dasharray': dashList(NODE_STYLE.gapDash),
        },
        'title not yet sourced',
        theme,
      ),
    );
  }
  if (input.focus !== null) {
    const room = input.width - HEADING_WIDTH - SWATCH.width - 6;
    other.push(
      boxItem(
        { stroke: theme.focusOutline, 'stroke-width': FOCUS_STYLE.outlineWidth },
        fitText(`focus: ${input.focus}`, room, FONT),
        theme,
      ),
    );
    other.push(
      boxItem({ stroke: theme.muted, 'stroke-width': 1.2 }, 'not on its chains (faded)', theme, FOCUS_STYLE.dimOpacity),
    );
  }
  if (other.length > 0) rows.push({ heading: 'Other', items: other });

  const parts: string[] = [];
  let y = ROW / 2;
  for (const row of rows) {
    parts.push(
      textEl(
        'text',
        { x: 0, y: y + FONT * 0.35, 'font-size': FONT, 'font-weight': 'bold', fill: theme.muted },
        row.heading,
      ),
    );
    let x = HEADING_WIDTH;
    for (const it of row.items) {
      if (x > HEADING_WIDTH && x + it.width > input.width) {
        x = HEADING_WIDTH;
        y += ROW;
      }
      parts.push(block('g', { transform: `translate(${fmt(x)} ${fmt(y)})` }, [it.svg]));
      x += it.width + ITEM_GAP;
    }
    y += ROW;
  }
  return { svg: block('g', { class: 'legend' }, parts), height: y - ROW / 2 };
}
