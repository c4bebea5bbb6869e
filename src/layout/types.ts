/** What the layout produces: boxes for nodes, routes for links, columns with headers. Units are map pixels. */

export interface Point {
  x: number;
  y: number;
}

export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label wrapped for display (at most three lines); the screen and the export draw exactly these. */
  lines: string[];
  /** True when the label was cut to fit. */
  truncated: boolean;
}

export interface ColumnBox {
  kind: string;
  /** Header text, e.g. "WSIS action lines". */
  title: string;
  x: number;
  width: number;
  /** Number of visible nodes in the column. */
  count: number;
  /**
   * Set on a column the filters emptied (its slot is kept): the notice drawn where its nodes would be, under the
   * header, as a box at `y` of `height` with the message wrapped in `lines` (the screen and exports draw these).
   */
  notice?: ColumnNotice;
}

/** The box that says, in an emptied column's slot, why it is empty. */
export interface ColumnNotice {
  y: number;
  height: number;
  /** "No regional initiatives for the Arab States in 2024-2027 in this dataset", wrapped. */
  lines: string[];
  /** The whole message (for names read by assistive technology). */
  text: string;
}

export interface EdgeRoute {
  /** `linkKey` of the link. */
  key: string;
  source: string;
  target: string;
  /** From the left end to the right end; long links pass through gaps in the columns they skip. */
  points: Point[];
  /** Which end of `points` the link's target is at, so the arrowhead goes there. */
  arrowAt: 'start' | 'end';
}

export interface MapLayout {
  boxes: ReadonlyMap<string, NodeBox>;
  routes: ReadonlyMap<string, EdgeRoute>;
  columns: ColumnBox[];
  /** Bounding box of everything, headers included. */
  width: number;
  height: number;
  /** Edge crossings left between adjacent columns (long links counted per column gap). */
  crossings: number;
}

/** Geometry constants shared by the layout, the map and the export. */
export const GEOMETRY = {
  nodeWidth: 224,
  columnGap: 120,
  headerHeight: 56,
  nodeGap: 14,
  /** Largest vertical gap kept between neighbours in a column after alignment. */
  maxGap: 40,
  /** Vertical room a long link takes where it passes through a column. */
  dummyHeight: 6,
  paddingX: 14,
  paddingTop: 8,
  codeRowHeight: 20,
  labelFontSize: 12.5,
  labelLineHeight: 16,
  paddingBottom: 9,
} as const;
