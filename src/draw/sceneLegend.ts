/** The legend in the scene: kinds shown, link bases, confidence dots, gaps and focus, in rows wrapped to a width. */
import type { Basis, Confidence, Kind } from '../model/schema';
import { measureText } from '../layout/text';
import { fitText } from './fitText';
import {
  CONFIDENCE_DOTS,
  FOCUS_STYLE,
  GROUP_STYLE,
  LEGEND_STYLE as L,
  linkStyle,
  NODE_STYLE,
  tint,
  type DashPattern,
  type Theme,
} from './look';
import type { SceneBuilder } from './scene';
import { line } from './sceneNode';

export interface LegendInput {
  /** Kinds with at least one visible node, in column order. */
  kinds: readonly Kind[];
  /** Link bases present among the visible links. */
  bases: readonly Basis[];
  /** Whether any visible node is a gap (title not yet sourced). */
  gaps: boolean;
  /** Name of the focused node, when focus highlighting is on. */
  focus: string | null;
  /** Whether members of a container are outlined (`groupOutlines`). @default false */
  groups?: boolean;
  theme: Theme;
  /** Width to wrap the rows to. */
  width: number;
  /**
   * Headings run on in the line instead of in their own column, so a short page's legend takes two rows instead
   * of four. @default false
   */
  inline?: boolean;
}

/** One legend item: its width, and how to add its primitives to a group whose origin is its left end, mid-row. */
interface Item {
  width: number;
  draw: (g: number) => void;
}

const BASIS_LABEL: Record<Basis, string> = { official: 'official', derived: 'derived', proposed: 'proposed' };

export function legendItems(b: SceneBuilder, input: LegendInput) {
  const { theme } = input;
  const FONT = L.fontSize;
  const item = (swatchWidth: number, swatch: (g: number) => void, text: string): Item => ({
    width: swatchWidth + 6 + measureText(text, FONT),
    draw: (g) => {
      swatch(g);
      b.add(line(g, 'legend', text, swatchWidth + 6, FONT * 0.35, FONT, theme.ink));
    },
  });

  const kindItem = (kind: Kind): Item => {
    const { width: w, height: h } = L.swatch;
    return item(
      w,
      (g) => {
        const s = b.group(g, 'swatch', { y: -h / 2 });
        b.add({
          type: 'shape',
          group: s,
          shape: kind.shape,
          x: 0,
          y: 0,
          width: w,
          height: h,
          fill: tint(kind.colour, theme.nodeTint),
          stroke: kind.colour,
          strokeWidth: L.swatchBorder,
          dash: null,
        });
        b.add({
          type: 'accent',
          group: s,
          shape: kind.shape,
          x: 0,
          y: 0,
          width: w,
          height: h,
          barWidth: 3,
          fill: kind.colour,
        });
        if (kind.icon)
          b.add({ type: 'icon', group: g, icon: kind.icon, x: w / 2 - 5, y: -5, size: 10, fill: kind.colour });
      },
      kind.plural,
    );
  };

  const basisItem = (basis: Basis): Item =>
    item(
      38,
      (g) => {
        b.add({
          type: 'link',
          group: g,
          role: 'legend',
          basis,
          state: 'plain',
          curve: { start: { x: 0, y: 0 }, segments: [{ to: { x: 30, y: 0 } }] },
          arrow: null,
          style: linkStyle(theme, basis, 'plain'),
        });
        b.add({
          type: 'polygon',
          group: g,
          points: [
            { x: 30, y: -4 },
            { x: 38, y: 0 },
            { x: 30, y: 4 },
          ],
          fill: theme.link,
        });
      },
      BASIS_LABEL[basis],
    );

  const confidenceItem = (confidence: Confidence): Item => {
    const { dotRadius: r, dotBorder: bw, dotSpacing: gap } = NODE_STYLE;
    return item(
      2 * r + 2 * gap,
      (g) => {
        for (let i = 0; i < 3; i++) {
          b.add({
            type: 'circle',
            group: g,
            cx: r + i * gap,
            cy: 0,
            r: r - bw / 2,
            fill: i < CONFIDENCE_DOTS[confidence] ? theme.muted : NODE_STYLE.dotEmpty,
            stroke: theme.muted,
            strokeWidth: bw,
          });
        }
      },
      confidence,
    );
  };

  const boxItem = (
    style: { fill?: string; stroke: string; strokeWidth: number; dash?: DashPattern },
    text: string,
    opacity?: number,
  ): Item => {
    const { width: w, height: h } = L.swatch;
    return item(
      w,
      (g) => {
        const parent = opacity === undefined ? g : b.group(g, 'swatch-faded', { opacity });
        b.add({
          type: 'rect',
          group: parent,
          x: 0,
          y: -h / 2,
          width: w,
          height: h,
          radius: 3,
          ...style,
          fill: style.fill ?? tint(L.neutral, theme.nodeTint),
        });
      },
      text,
    );
  };

  const rows: { heading: string; items: Item[] }[] = [];
  if (input.kinds.length > 0) rows.push({ heading: 'Kinds', items: input.kinds.map(kindItem) });
  const links = input.bases.map(basisItem);
  if (links.length > 0) rows.push({ heading: 'Links', items: links });
  rows.push({ heading: 'Confidence', items: (['high', 'medium', 'low'] as const).map(confidenceItem) });
  const other: Item[] = [];
  if (input.gaps) {
    other.push(
      boxItem(
        { fill: theme.gapFill, stroke: theme.muted, strokeWidth: L.swatchBorder, dash: NODE_STYLE.gapDash },
        'title not yet sourced',
      ),
    );
  }
  if (input.groups) {
    other.push(
      boxItem(
        { stroke: theme.muted, strokeWidth: GROUP_STYLE.strokeWidth, dash: GROUP_STYLE.dash },
        'members of one container (named on the outline)',
      ),
    );
  }
  if (input.focus !== null) {
    const room = input.width - L.headingWidth - L.swatch.width - 6;
    other.push(
      boxItem(
        { stroke: theme.focusOutline, strokeWidth: FOCUS_STYLE.outlineWidth },
        fitText(`focus: ${input.focus}`, room, FONT),
      ),
    );
    other.push(
      boxItem(
        { stroke: theme.muted, strokeWidth: L.swatchBorder },
        'not on its chains (faded)',
        FOCUS_STYLE.dimOpacity,
      ),
    );
  }
  if (other.length > 0) rows.push({ heading: 'Other', items: other });
  return rows;
}

/** Adds the legend (top-left at the origin of `parent`); returns its height. */
export function addLegend(b: SceneBuilder, parent: number, input: LegendInput): number {
  const FONT = L.fontSize;
  const g = b.group(parent, 'legend');
  if (input.inline) return inlineLegend(b, g, input);
  let y = L.row / 2;
  for (const row of legendItems(b, input)) {
    b.add(line(g, 'legend-heading', row.heading, 0, y + FONT * 0.35, FONT, input.theme.muted, { bold: true }));
    let x = L.headingWidth;
    for (const it of row.items) {
      if (x > L.headingWidth && x + it.width > input.width) {
        x = L.headingWidth;
        y += L.row;
      }
      it.draw(b.group(g, 'legend-item', { x, y }));
      x += it.width + L.itemGap;
    }
    y += L.row;
  }
  return y - L.row / 2;
}

/** The legend with each heading at the start of its items, all on rows wrapped to the width; returns its height. */
function inlineLegend(b: SceneBuilder, g: number, input: LegendInput): number {
  const FONT = L.fontSize;
  let x = 0;
  let y = L.row / 2;
  for (const row of legendItems(b, input)) {
    const heading = measureText(row.heading, FONT) * 1.1 + 8;
    const first = row.items[0]?.width ?? 0;
    if (x > 0 && x + heading + first > input.width) {
      x = 0;
      y += L.row;
    }
    b.add(line(g, 'legend-heading', row.heading, x, y + FONT * 0.35, FONT, input.theme.muted, { bold: true }));
    x += heading;
    for (const it of row.items) {
      if (x > 0 && x + it.width > input.width) {
        x = 0;
        y += L.row;
      }
      it.draw(b.group(g, 'legend-item', { x, y }));
      x += it.width + L.itemGap;
    }
    x += L.itemGap;
  }
  return y + L.row / 2;
}
