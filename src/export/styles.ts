/**
 * The look of the map, shared by the on-screen map and the export: colours, themes, link dash patterns by basis,
 * node decoration sizes, focus highlighting. Plain data, so React components and the SVG writer read the same
 * values.
 */
import type { Basis, Confidence } from '../model/schema';

/**
 * Fonts that exist everywhere the export is opened (Windows, macOS, Linux, Office, Inkscape, librsvg), in the
 * order whose metrics best match `measureText`. Arabic, CJK and Cyrillic fall back to the system's fonts.
 */
export const FONT_STACK = 'Arial, Helvetica, Liberation Sans, Noto Sans, DejaVu Sans, sans-serif';

export type ThemeName = 'screen' | 'print';

export interface Theme {
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
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  screen: {
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
  },
  print: {
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
  },
};

/** Line pattern of a link by its basis: official solid, derived dashed, proposed dotted (with round caps). */
export const LINK_DASH: Readonly<Record<Basis, { dasharray: string | null; linecap: 'butt' | 'round' }>> = {
  official: { dasharray: null, linecap: 'butt' },
  derived: { dasharray: '6 4', linecap: 'butt' },
  proposed: { dasharray: '1.5 3', linecap: 'round' },
};

/** Filled dots (out of three) that show a confidence. */
export const CONFIDENCE_DOTS: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };

/** Sizes of a node's decorations, in map pixels. */
export const NODE_STYLE = {
  borderWidth: 1.5,
  /** Border of nodes on the focused node's chains. */
  chainBorderWidth: 2.2,
  /** Width of the colour bar along the left edge. */
  barWidth: 5,
  /** Border pattern of a gap (a node whose title is not yet sourced). */
  gapDasharray: '5 3',
  /** Right padding of the code row (the left one is `GEOMETRY.paddingX`). */
  paddingRight: 12,
  /** Space between the items of the code row. */
  rowGap: 6,
  iconSize: 14,
  codeFontSize: 11,
  codeBadgeHeight: 16,
  codeBadgePaddingX: 6,
  codeBadgeMaxWidth: 110,
  periodFontSize: 10.5,
  /** Confidence dots: radius (border included), border width and centre-to-centre spacing. */
  dotRadius: 3.5,
  dotBorder: 1,
  dotSpacing: 9,
} as const;

/** Column headers above the map: icon, title and count (in a pill), over a rule in the kind colour. */
export const HEADER_STYLE = {
  /** Height of the header down to the bottom of the rule (the rest of `GEOMETRY.headerHeight` is space). */
  height: 40,
  ruleHeight: 3,
  paddingX: 12,
  iconSize: 16,
  titleFontSize: 15,
  countFontSize: 12,
  countHeight: 18,
} as const;

/** Focus highlighting: what is off the focused node's chains fades, the focused node gets a thick outline. */
export const FOCUS_STYLE = {
  dimOpacity: 0.18,
  /** Border width of the focused node (drawn in `Theme.focusOutline`). */
  outlineWidth: 3.5,
} as const;

/** `colour` (#rrggbb) mixed with white: `share` of the colour, the rest white. */
export function tint(colour: string, share: number): string {
  const channel = (i: number) => {
    const c = Number.parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
    const v = Math.round(255 - (255 - (Number.isNaN(c) ? 0 : c)) * share);
    return v.toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
