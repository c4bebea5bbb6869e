/**
 * The look of the map, defined once: colours, themes, link styles by basis and state, node decorations,
 * confidence marks, fonts and sizes. Plain data, read by the scene builder (and so by every export writer) and
 * by the screen, whose CSS custom properties are written from these values (`cssVariables`), never retyped.
 *
 * A link's dash pattern is `LINK_DASH` below; `linkStyle` is what every renderer asks for.
 */
import type { Basis, Confidence } from '../model/schema';

/**
 * Fonts that exist everywhere the export is opened (Windows, macOS, Linux, Office, Inkscape, librsvg), in the
 * order whose metrics best match `measureText`. Arabic, CJK and Cyrillic fall back to the system's fonts.
 */
export const FONT_STACK = 'Arial, Helvetica, Liberation Sans, Noto Sans, DejaVu Sans, sans-serif';

/**
 * `screen` matches the app; `print` has a white page and darker lines and text; `projector` is for a room:
 * black on white (contrast ≥ 7:1), thicker solid lines whose basis shows by weight and lightness, and labels
 * meant to be at least `minLabelPx` pixels tall on a 1024×768 projector.
 */
export type ThemeName = 'screen' | 'print' | 'projector';

export const THEME_NAMES: readonly ThemeName[] = ['screen', 'print', 'projector'];

export interface Theme {
  name: ThemeName;
  /** Page background. */
  background: string;
  /** Main text. */
  ink: string;
  /** Secondary text: periods, counts, gaps, footer. */
  muted: string;
  /** Links and their arrowheads. */
  link: string;
  linkWidth: number;
  /** Links along the focused node's chains. */
  chainLink: string;
  chainLinkWidth: number;
  /** Thin rules (footer, legend swatches of lines). */
  rule: string;
  /** Share of the kind colour in a node's fill (the rest is white). */
  nodeTint: number;
  /** Outline drawn around the focused node. */
  focusOutline: string;
  /** Background of the count next to a column title. */
  countFill: string;
  /** Fill and text colour of a gap (a node whose title is not yet sourced). */
  gapFill: string;
  gapText: string;
  /** Keyboard focus ring and search matches on screen. */
  highlight: string;
  /**
   * How a link shows its basis: `dash` (solid, dashed, dotted: `LINK_DASH`) or `weight` (always solid, lighter
   * and thinner the weaker the basis: `SOLID_BASIS`), which reads better projected or zoomed far out.
   */
  basisBy: 'dash' | 'weight';
  /** Smallest label height, in screen pixels, the theme is meant to be read at. @default 0 (no minimum) */
  minLabelPx: number;
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  screen: {
    name: 'screen',
    background: '#f5f7f9',
    ink: '#1d2733',
    muted: '#5b6876',
    link: '#8a96a3',
    linkWidth: 1.4,
    chainLink: '#1d2733',
    chainLinkWidth: 2.2,
    rule: '#d5dbe1',
    nodeTint: 0.11,
    focusOutline: '#1d2733',
    countFill: '#e9eef3',
    gapFill: '#fbfbfb',
    gapText: '#6b7785',
    highlight: '#f59e0b',
    basisBy: 'dash',
    minLabelPx: 0,
  },
  print: {
    name: 'print',
    background: '#ffffff',
    ink: '#000000',
    muted: '#3d4852',
    link: '#56616d',
    linkWidth: 1.5,
    chainLink: '#000000',
    chainLinkWidth: 2.4,
    rule: '#9aa5b1',
    nodeTint: 0.1,
    focusOutline: '#000000',
    countFill: '#eef1f4',
    gapFill: '#ffffff',
    gapText: '#3d4852',
    highlight: '#b45309',
    basisBy: 'dash',
    minLabelPx: 0,
  },
  projector: {
    name: 'projector',
    background: '#ffffff',
    ink: '#000000',
    muted: '#2b3640',
    link: '#1f2933',
    linkWidth: 2.5,
    chainLink: '#000000',
    chainLinkWidth: 4,
    rule: '#4a5560',
    nodeTint: 0.08,
    focusOutline: '#000000',
    countFill: '#e4e9ee',
    gapFill: '#ffffff',
    gapText: '#2b3640',
    highlight: '#b45309',
    basisBy: 'weight',
    minLabelPx: 18,
  },
};

/** A dash pattern: lengths of dash, gap, dash, … in drawing units; `null` for a solid line. */
export type DashPattern = readonly number[] | null;

/** Line pattern of a link by its basis: official solid, derived dashed, proposed dotted (with round caps). */
export const LINK_DASH: Readonly<Record<Basis, { dash: DashPattern; linecap: 'butt' | 'round' }>> = {
  official: { dash: null, linecap: 'butt' },
  derived: { dash: [6, 4], linecap: 'butt' },
  proposed: { dash: [1.5, 3], linecap: 'round' },
};

/**
 * Solid lines that still tell the basis apart (themes with `basisBy: 'weight'`, and the screen map zoomed far
 * out, where dashes are too fine to read): opacity and a factor on the line width.
 */
export const SOLID_BASIS: Readonly<Record<Basis, { opacity: number; widthFactor: number }>> = {
  official: { opacity: 1, widthFactor: 1 },
  derived: { opacity: 0.7, widthFactor: 0.8 },
  proposed: { opacity: 0.45, widthFactor: 0.6 },
};

/** A link's emphasis: `chain` when it lies on the focused node's chains. Fading is `FOCUS_STYLE.dimOpacity`. */
export type LinkState = 'plain' | 'chain';

/** Everything a renderer needs to stroke a link. */
export interface LinkStyle {
  colour: string;
  width: number;
  dash: DashPattern;
  linecap: 'butt' | 'round';
  /** Stroke opacity (1 unless the theme shows the basis by lightness). */
  opacity: number;
}

/** How a link of `basis` in `state` is stroked in `theme`. The one place a link's look is decided. */
export function linkStyle(theme: Theme, basis: Basis, state: LinkState): LinkStyle {
  const colour = state === 'chain' ? theme.chainLink : theme.link;
  const width = state === 'chain' ? theme.chainLinkWidth : theme.linkWidth;
  if (theme.basisBy === 'weight') {
    const s = SOLID_BASIS[basis];
    return { colour, width: width * s.widthFactor, dash: null, linecap: 'butt', opacity: s.opacity };
  }
  return { colour, width, dash: LINK_DASH[basis].dash, linecap: LINK_DASH[basis].linecap, opacity: 1 };
}

/** Arrowheads: length along the link and half their width, in drawing units. */
export const ARROW = { length: 8, halfWidth: 4 } as const;

/** Filled dots (out of three) that show a confidence. */
export const CONFIDENCE_DOTS: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };

/** Sizes of a node's decorations, in map pixels. */
/**
 * The notice in the slot of a column the filters emptied ("No regional initiatives for the Arab States in
 * 2024-2027 in this dataset"): a dashed box in the kind colour, the message in italics.
 */
export const COLUMN_NOTICE_STYLE = {
  strokeWidth: 1.5,
  dash: [6, 4] as DashPattern,
  radius: 6,
  /** Text inset from the box's left edge and its top (the first baseline is `paddingTop` + one line). */
  paddingX: 14,
  paddingTop: 8,
} as const;

/**
 * A group outline: members of one container (an action plan, a study group) that sit next to each other in a
 * column, drawn behind them with the container's name on its top edge. Membership is grouping, not a link.
 */
export const GROUP_STYLE = {
  /** How far the outline stands off the member boxes. */
  inset: 5,
  radius: 9,
  strokeWidth: 1.2,
  dash: [3, 3] as DashPattern,
  labelFontSize: 10.5,
  /** Space from the outline's right edge to its label's end, and around the label on its background. */
  labelX: 14,
  labelPadding: 3,
} as const;

export const NODE_STYLE = {
  borderWidth: 1.5,
  /** Border of nodes on the focused node's chains. */
  chainBorderWidth: 2.2,
  /** Width of the colour bar along the left edge. */
  barWidth: 5,
  /** Border pattern of a gap (a node whose title is not yet sourced). */
  gapDash: [5, 3] as DashPattern,
  /** Right padding of the code row (the left one is `GEOMETRY.paddingX`). */
  paddingRight: 12,
  /** Space between the items of the code row. */
  rowGap: 6,
  iconSize: 14,
  codeFontSize: 11,
  codeBadgeHeight: 16,
  codeBadgePaddingX: 6,
  codeBadgeMaxWidth: 110,
  /** Text on a code badge (the badge itself is in the kind colour). */
  codeText: '#ffffff',
  periodFontSize: 10.5,
  /** Confidence dots: radius (border included), border width and centre-to-centre spacing. */
  dotRadius: 3.5,
  dotBorder: 1,
  dotSpacing: 9,
  /** Fill of an empty confidence dot. */
  dotEmpty: '#ffffff',
} as const;

/** Column headers above the map: icon, title and count (in a pill), over a rule in the kind colour. */
export const HEADER_STYLE = {
  /** Height of the header down to the bottom of the rule (the rest of `GEOMETRY.headerHeight` is space). */
  height: 40,
  ruleHeight: 3,
  paddingX: 12,
  iconSize: 16,
  titleFontSize: 15,
  /** The title's size when it takes two lines (see `headerTitle`). */
  wrappedFontSize: 14,
  countFontSize: 12,
  countHeight: 18,
} as const;

/** Focus highlighting: what is off the focused node's chains fades, the focused node gets a thick outline. */
export const FOCUS_STYLE = {
  dimOpacity: 0.18,
  /** Border width of the focused node (drawn in `Theme.focusOutline`). */
  outlineWidth: 3.5,
} as const;

/** Page furniture around the map: margins, title, subtitle, footer, legend, in drawing units. */
export const PAGE_STYLE = {
  margin: 28,
  minContentWidth: 560,
  title: { size: 22, line: 28 },
  subtitle: { size: 13, line: 18 },
  footerSize: 11,
  /** Text of the empty map ("No nodes match…"). */
  emptySize: 14,
} as const;

/** The legend: text size, row height, heading column, item spacing and swatch size. */
export const LEGEND_STYLE = {
  fontSize: 12,
  row: 24,
  headingWidth: 92,
  itemGap: 22,
  swatch: { width: 34, height: 18 },
  /** Border of swatches. */
  swatchBorder: 1.2,
  /** Kind used for neutral swatches (gap, focus, faded). */
  neutral: '#5b6876',
  /** Stroke width of the small line samples beside the on-screen legend. */
  markWidth: 1.8,
} as const;

/** Kind colour for a node whose kind is not declared (cannot happen in a valid dataset). */
export const FALLBACK_COLOUR = '#5b6876';

/** `colour` (#rrggbb) mixed with white: `share` of the colour, the rest white. */
export function tint(colour: string, share: number): string {
  const channel = (i: number) => {
    const c = Number.parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
    const v = Math.round(255 - (255 - (Number.isNaN(c) ? 0 : c)) * share);
    return v.toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (c: string) => {
    const lin = (i: number) => {
      const v = Number.parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(0) + 0.7152 * lin(1) + 0.0722 * lin(2);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A dash pattern as the space-separated list SVG and CSS read; `null` for a solid line. */
export const dashList = (dash: DashPattern): string | null => (dash ? dash.join(' ') : null);

/**
 * The screen's CSS custom properties, written from `theme` so that `map.css` and `app.css` never retype a
 * colour, width, dash pattern or opacity. The shell applies them once to the document root.
 */
export function cssVariables(theme: Theme): Record<string, string> {
  const n = (v: number) => String(v);
  return {
    '--sm-bg': theme.background,
    '--sm-ink': theme.ink,
    '--sm-muted': theme.muted,
    '--sm-rule': theme.rule,
    '--sm-link': theme.link,
    '--sm-link-width': n(theme.linkWidth),
    '--sm-chain-link': theme.chainLink,
    '--sm-chain-link-width': n(theme.chainLinkWidth),
    '--sm-dash-derived': dashList(LINK_DASH.derived.dash) ?? 'none',
    '--sm-dash-proposed': dashList(LINK_DASH.proposed.dash) ?? 'none',
    '--sm-solid-derived-opacity': n(SOLID_BASIS.derived.opacity),
    '--sm-solid-proposed-opacity': n(SOLID_BASIS.proposed.opacity),
    '--sm-fade': n(FOCUS_STYLE.dimOpacity),
    '--sm-focus-outline': theme.focusOutline,
    '--sm-focus-width': n(FOCUS_STYLE.outlineWidth),
    '--sm-node-tint': `${Math.round(theme.nodeTint * 100)}%`,
    '--sm-border-width': n(NODE_STYLE.borderWidth),
    '--sm-chain-border-width': n(NODE_STYLE.chainBorderWidth),
    '--sm-gap-dash': dashList(NODE_STYLE.gapDash) ?? 'none',
    '--sm-gap-fill': theme.gapFill,
    '--sm-gap-text': theme.gapText,
    '--sm-count-fill': theme.countFill,
    '--sm-code-text': NODE_STYLE.codeText,
    '--sm-highlight': theme.highlight,
  };
}
