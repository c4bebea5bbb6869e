/** What the benchmark pages expose to the runner on `window.bench`, and the in-page harness on `window.__bench`. */

export interface SvgResult {
  ms: number;
  /** UTF-8 bytes. */
  bytes: number;
}

/** The Cytoscape.js baseline page. */
export interface BaselineApi {
  /** Time of `cy.layout(dagre).run()` when the page loaded. */
  layoutMs: number;
  /** Node centres after the layout, by node id. */
  positions(): Record<string, { x: number; y: number }>;
  /** `cy.svg({ full: true })`, timed. */
  exportSvg(): SvgResult;
  viewport(): { x: number; y: number; zoom: number };
}

/** The probe page: our pure layout and SVG export on the dataset, in the browser. */
export interface ProbeApi {
  run(): Promise<{ layoutMs: number; crossings: number; svg: SvgResult | null }>;
}

/** When an interaction counts as drawn. */
export type UpdateSignal =
  /**
   * Our map: the column of `kind` is gone (`shown: false`: its header and every node of the kind) or its header
   * is back and visible, and no layout is pending.
   */
  | { type: 'column'; kind: string; shown: boolean }
  /** Our map: the search marks (`.mnode-match`) or the results listbox changed. */
  | { type: 'search' }
  /** The baseline: Cytoscape drew a frame (its `render` event). */
  | { type: 'cy-render' };

export interface Harness {
  /** Starts timing at the next `event` (capture phase) and resolves `pending` with ms until `until` is drawn. */
  arm(event: 'click' | 'keydown', until: UpdateSignal): void;
  pending: Promise<number> | null;
  startFrames(): number;
  stopFrames(): number[];
  /** Elements in the document, sampled every 10th frame since `startFrames`. */
  domCounts(): number[];
  longTasks: { start: number; duration: number }[];
}
