/** Results of a run: their shape, targets, and the Markdown table. */
import type { PageSizes } from './sizes';
import type { WorstCaseResult } from './worstCase';
import { median } from './stats';

export type MeasureId =
  | 'firstNode'
  | 'layoutDone'
  | 'layoutBrowser'
  | 'layoutNode'
  | 'crossings'
  | 'crossingsFirst'
  | 'filter'
  | 'search'
  | 'frameP50'
  | 'frameP95'
  | 'longTasks'
  | 'frameP95NoGl'
  | 'domNodes'
  | 'svgTime'
  | 'svgNode'
  | 'svgSize';

export interface Measure {
  ours: number | null;
  baseline: number | null;
  samples: { ours: number[]; baseline: number[] };
  /** Why a side has no value, or what else to know. */
  note?: string;
  /** Extra text shown after a value, e.g. long-task total time. */
  detail?: { ours?: string; baseline?: string };
}

export interface SizeResult {
  label: string;
  nodes: number;
  links: number;
  measures: Partial<Record<MeasureId, Measure>>;
  /** Our map zoomed out at this size: nodes simplified, label elements, node elements in the DOM. */
  zoomedOut?: { simplified: number; labels: number; rendered: number };
}

export interface Results {
  date: string;
  quick: boolean;
  wallSeconds: number;
  machine: Record<string, string>;
  sizes: SizeResult[];
  /** Cold validations of one synthetic dataset of at least 10 MB, in Node (absent from older runs). */
  validation?: { megabytes: number; nodes: number; ms: number[] };
  /** The largest dataset the limits allow, read, laid out and exported in Node (`worstCase.ts`; absent from older runs). */
  worstCase?: WorstCaseResult;
  /** Cold imports of a generated 5,000-row chain table (CSV), in Node (absent from older runs). */
  import?: { rows: number; nodes: number; ms: number[] };
  assets: { ours: PageSizes; baseline: PageSizes };
}

export const MEASURES: { id: MeasureId; label: string; unit: 'ms' | 'count' | 'kB' }[] = [
  { id: 'firstNode', label: 'Navigation → first node drawn', unit: 'ms' },
  { id: 'layoutDone', label: 'Navigation → layout on screen', unit: 'ms' },
  { id: 'layoutBrowser', label: 'Layout alone, in Chromium', unit: 'ms' },
  { id: 'layoutNode', label: 'Layout alone, in Node', unit: 'ms' },
  { id: 'crossings', label: 'Edge crossings left (order refined by sifting)', unit: 'count' },
  { id: 'crossingsFirst', label: 'Edge crossings, first drawing', unit: 'count' },
  { id: 'filter', label: 'Filter: click → map updated', unit: 'ms' },
  { id: 'search', label: 'Search: keystroke → matches drawn', unit: 'ms' },
  { id: 'frameP50', label: 'Pan/zoom frame, p50', unit: 'ms' },
  { id: 'frameP95', label: 'Pan/zoom frame, p95 (median of 3 runs)', unit: 'ms' },
  { id: 'frameP95NoGl', label: 'Pan/zoom frame, p95, WebGL disabled', unit: 'ms' },
  { id: 'domNodes', label: 'DOM elements during pan/zoom (max)', unit: 'count' },
  { id: 'longTasks', label: 'Pan/zoom long tasks (> 50 ms)', unit: 'count' },
  { id: 'svgTime', label: 'SVG export, in Chromium', unit: 'ms' },
  { id: 'svgNode', label: 'SVG export, in Node (ours only)', unit: 'ms' },
  { id: 'svgSize', label: 'SVG size', unit: 'kB' },
];

/** Timings within 5 % of the baseline count as level: that is within the noise of repeated runs. */
const TOLERANCE = 1.05;

/** Crossings must be at most this share of the baseline's (issue #17). */
const CROSSINGS_RATIO = 0.85;

export interface Target {
  text: string;
  measure: MeasureId | 'initialJs' | 'usable5000' | 'validate10mb' | 'import5000';
  size?: string;
  limit: number;
}

/** "Usable" at 5,000 nodes: on screen within this, pan/zoom p95 frame under this, and level of detail at work. */
const USABLE = { onScreenMs: 5000, p95Ms: 50 } as const;

export const TARGETS: Target[] = [
  { text: 'Built-in dataset drawn in under 1 s', measure: 'layoutDone', size: 'built-in', limit: 1000 },
  { text: '2,000 nodes: layout under 300 ms (Chromium)', measure: 'layoutBrowser', size: '2,000', limit: 300 },
  { text: '2,000 nodes: layout under 300 ms (Node)', measure: 'layoutNode', size: '2,000', limit: 300 },
  { text: '2,000 nodes: filter under 100 ms', measure: 'filter', size: '2,000', limit: 100 },
  { text: '2,000 nodes: pan/zoom p95 frame under 33 ms', measure: 'frameP95', size: '2,000', limit: 33 },
  {
    text: '5,000 nodes usable: on screen under 5 s, p95 frame under 50 ms, level of detail',
    measure: 'usable5000',
    size: '5,000',
    limit: 0,
  },
  { text: '10,000 nodes: on screen under 3 s', measure: 'layoutDone', size: '10,000', limit: 3000 },
  { text: '10,000 nodes: pan/zoom p95 frame under 50 ms', measure: 'frameP95', size: '10,000', limit: 50 },
  { text: 'Initial JS under 250 kB gzip', measure: 'initialJs', limit: 250 },
  { text: 'A 10 MB dataset validates in under 1 s (Node)', measure: 'validate10mb', limit: 1000 },
  { text: 'A 5,000-row spreadsheet imports in under 2 s (Node)', measure: 'import5000', limit: 2000 },
];

const importMs = (results: Results): number | null =>
  results.import && results.import.ms.length > 0 ? median(results.import.ms) : null;

const validationMs = (results: Results): number | null =>
  results.validation && results.validation.ms.length > 0 ? median(results.validation.ms) : null;

const fmt = (value: number | null, unit: string): string => {
  if (value === null || Number.isNaN(value)) return 'n/a';
  if (unit === 'count') return Math.round(value).toLocaleString('en');
  if (unit === 'kB') return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
};

/** Meets every applicable target: at least as good as the baseline, and the absolute one at this size. */
function verdict(id: MeasureId, unit: string, m: Measure, size: SizeResult): string {
  if (m.ours === null) return '';
  const checks: boolean[] = [];
  if (m.baseline !== null)
    checks.push(m.ours <= m.baseline * (id === 'crossings' ? CROSSINGS_RATIO : unit === 'ms' ? TOLERANCE : 1));
  for (const t of TARGETS) if (t.measure === id && t.size === size.label) checks.push(m.ours < t.limit);
  // The parts of "5,000 usable" that are this measure's.
  const usable = TARGETS.find((t) => t.measure === 'usable5000');
  if (usable?.size === size.label && id === 'layoutDone') checks.push(m.ours < USABLE.onScreenMs);
  if (usable?.size === size.label && id === 'frameP95') checks.push(m.ours < USABLE.p95Ms);
  if (checks.length === 0) return '';
  return checks.every(Boolean) ? ' ✓' : ' ✗';
}

/** Whether a target is met; null when this run did not measure it. */
export function targetMet(target: Target, results: Results): boolean | null {
  if (target.measure === 'initialJs') return results.assets.ours.jsGzip / 1000 < target.limit;
  if (target.measure === 'validate10mb') {
    const ms = validationMs(results);
    return ms === null ? null : ms < target.limit;
  }
  if (target.measure === 'import5000') {
    const ms = importMs(results);
    return ms === null ? null : ms < target.limit;
  }
  const size = results.sizes.find((s) => s.label === target.size);
  if (!size) return null;
  if (target.measure === 'usable5000') {
    const done = size.measures.layoutDone?.ours ?? null;
    const p95 = size.measures.frameP95?.ours ?? null;
    const lod = size.zoomedOut;
    if (done === null || p95 === null || !lod) return null;
    return (
      done < USABLE.onScreenMs &&
      p95 < USABLE.p95Ms &&
      lod.simplified > 0 &&
      lod.labels === 0 &&
      lod.rendered < size.nodes
    );
  }
  const value = size.measures[target.measure]?.ours ?? null;
  return value === null ? null : value < target.limit;
}

function targetValue(target: Target, results: Results): string {
  if (target.measure === 'initialJs') return `${(results.assets.ours.jsGzip / 1000).toFixed(1)} kB`;
  if (target.measure === 'import5000') {
    const ms = importMs(results);
    const v = results.import;
    return ms === null || !v
      ? 'not run'
      : `${fmt(ms, 'ms')} ms (${v.rows.toLocaleString('en')} rows, ${v.nodes.toLocaleString('en')} items; median of ${v.ms.length})`;
  }
  if (target.measure === 'validate10mb') {
    const ms = validationMs(results);
    const v = results.validation;
    return ms === null || !v
      ? 'not run'
      : `${fmt(ms, 'ms')} ms (${v.megabytes.toFixed(1)} MB, ${v.nodes.toLocaleString('en')} nodes; median of ${v.ms.length})`;
  }
  const size = results.sizes.find((s) => s.label === target.size);
  if (!size) return 'not run';
  if (target.measure === 'usable5000') {
    const lod = size.zoomedOut;
    const done = fmt(size.measures.layoutDone?.ours ?? null, 'ms');
    const p95 = fmt(size.measures.frameP95?.ours ?? null, 'ms');
    const lodText = lod
      ? `zoomed out: ${lod.simplified} simplified (painted or drawn), ${lod.labels} labels, ${lod.rendered} of ${size.nodes} nodes in the DOM`
      : 'no LOD sample';
    return `${done} ms on screen, p95 ${p95} ms; ${lodText}`;
  }
  return `${fmt(size.measures[target.measure]?.ours ?? null, 'ms')} ms`;
}

export function markdown(results: Results): string {
  const lines: string[] = [];
  const { machine } = results;
  lines.push(
    `Run ${results.date}${results.quick ? ' (quick)' : ''} in ${Math.round(results.wallSeconds)} s on ${machine.cpu}, ` +
      `${machine.cores} cores, ${machine.memory}; ${machine.chromium}, Node ${machine.node}; load average at start ${machine.loadAtStart}.`,
    '',
    'Each cell: **ours** / Cytoscape.js + dagre · ratio ours/baseline (lower is better) · ✓ at least as good as the baseline' +
      ' (timings within 5 %) and meeting the target where one applies at that size, ✗ otherwise.',
    '',
  );
  const header = ['Measure', ...results.sizes.map((s) => `${s.label} (${s.nodes.toLocaleString('en')} nodes)`)];
  lines.push(`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const { id, label, unit } of MEASURES) {
    const cells = results.sizes.map((size) => {
      const m = size.measures[id];
      if (!m) return 'n/a';
      const ours = fmt(m.ours, unit) + (m.detail?.ours ? ` (${m.detail.ours})` : '');
      const base = fmt(m.baseline, unit) + (m.detail?.baseline ? ` (${m.detail.baseline})` : '');
      const ratio =
        m.ours !== null && m.baseline !== null && m.baseline > 0 ? ` · ${(m.ours / m.baseline).toFixed(2)}` : '';
      return `**${ours}** / ${base}${ratio}${verdict(id, unit, m, size)}`;
    });
    lines.push(`| ${label} (${unit}) | ${cells.join(' | ')} |`);
  }
  const a = results.assets;
  const kb = (n: number) => (n / 1000).toFixed(1);
  const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
  const ratio = (x: number, y: number) => (y > 0 ? (x / y).toFixed(2) : 'n/a');
  lines.push(
    '',
    '| Initial assets, gzip | ours | baseline | ratio |',
    '|---|---:|---:|---:|',
    // ✓ only when at most the baseline's (and, for JS, under the 250 kB target too).
    `| JavaScript (kB) | **${kb(a.ours.jsGzip)}**${mark(a.ours.jsGzip < 250_000 && a.ours.jsGzip <= a.baseline.jsGzip)} | ${kb(a.baseline.jsGzip)} | ${ratio(a.ours.jsGzip, a.baseline.jsGzip)} |`,
    `| CSS (kB) | **${kb(a.ours.cssGzip)}**${mark(a.ours.cssGzip <= a.baseline.cssGzip)} | ${kb(a.baseline.cssGzip)} | ${ratio(a.ours.cssGzip, a.baseline.cssGzip)} |`,
    '',
    `Loaded later by our app, not counted above: ${a.ours.later.map((f) => `\`${f.file}\` ${kb(f.gzip)} kB`).join(', ') || 'nothing'}.`,
    '',
    '| Target | Measured | Met |',
    '|---|---|:---:|',
  );
  for (const t of TARGETS) {
    const met = targetMet(t, results);
    lines.push(`| ${t.text} | ${targetValue(t, results)} | ${met === null ? 'not run' : met ? '✓' : '✗'} |`);
  }
  const w = results.worstCase;
  if (w) {
    const cpu = (k: keyof WorstCaseResult['steps']) => `${Math.round(w.steps[k].cpu).toLocaleString('en')} ms`;
    lines.push(
      '',
      `At the limits (${w.nodes.toLocaleString('en')} nodes, ${w.links.toLocaleString('en')} links, ${w.megabytes.toFixed(1)} MB, ` +
        `the longest titles and codes allowed), in Node, CPU time: read ${cpu('read')}, layout ${cpu('layout')}, ` +
        `SVG export ${cpu('svg')}, CSV export ${cpu('csv')}.`,
    );
  }
  // Notes, each once, with the sizes they apply to.
  const notes = new Map<string, string[]>();
  for (const size of results.sizes) {
    for (const [id, m] of Object.entries(size.measures)) {
      if (!m?.note) continue;
      const key = `${MEASURES.find((x) => x.id === id)?.label ?? id}: ${m.note}`;
      notes.set(key, [...(notes.get(key) ?? []), size.label]);
    }
  }
  if (notes.size > 0) {
    lines.push('', 'Not measured or worth knowing:', '');
    for (const [note, sizes] of notes) lines.push(`- ${note} (${sizes.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}
