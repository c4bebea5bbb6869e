/**
 * The largest dataset the limits allow (`src/model/limits.ts`), opened, laid out and exported in a fresh Node
 * process as the export CLI does: the most nodes and links, the longest title and code on some nodes and a
 * title of one unbroken word, under the file size limit. `tsx bench/worstCase.ts` prints `WorstCaseResult` as JSON;
 * times are CPU milliseconds of this process (steady under a loaded machine) and wall milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { cpuUsage } from 'node:process';
import { readDatasetBytes } from '../src/io/readDataset';
import { LIMITS } from '../src/model/limits';
import { syntheticDataset } from '../src/model/synthetic';
import { indexDataset } from '../src/model/graph';
import { applyFilters, NO_FILTERS } from '../src/model/filters';
import { layoutMap } from '../src/layout/layoutMap';
import { exportSvg } from '../src/export/svg';
import { exportCsv } from '../src/export/csv';

export interface WorstCaseResult {
  megabytes: number;
  nodes: number;
  links: number;
  /** CPU and wall milliseconds per step. */
  steps: Record<'read' | 'layout' | 'svg' | 'csv', { cpu: number; wall: number }>;
}

const dataset = syntheticDataset({ nodes: LIMITS.nodes, seed: 18, linksPerNode: LIMITS.links / LIMITS.nodes });
dataset.links = dataset.links.slice(0, LIMITS.links);
dataset.nodes.forEach((n, i) => {
  if (i % 100 === 0) n.label = 'W'.repeat(LIMITS.titleChars); // one unbroken word, as long as allowed
  if (i % 100 === 1) n.code = 'Q'.repeat(LIMITS.idChars);
});
const bytes = new TextEncoder().encode(JSON.stringify(dataset));
if (bytes.length > LIMITS.fileBytes) throw new Error(`the worst case is over the file limit (${bytes.length} bytes)`);

const steps = {} as WorstCaseResult['steps'];
function step<T>(name: keyof WorstCaseResult['steps'], run: () => T): T {
  const cpu = cpuUsage();
  const wall = performance.now();
  const out = run();
  steps[name] = { cpu: cpuUsage(cpu).user / 1000, wall: performance.now() - wall };
  return out;
}

const result = step('read', () => readDatasetBytes(bytes));
const read = result.dataset;
if (!read) throw new Error(`the worst case is refused: ${JSON.stringify(result.problems[0])}`);
const visible = applyFilters(indexDataset(read), { ...NO_FILTERS, kinds: read.kinds.map((k) => k.id) });
const layout = step('layout', () => layoutMap({ dataset: read, visible }));
step('svg', () =>
  exportSvg({
    dataset: read,
    visible,
    layout,
    focus: null,
    options: { theme: 'screen', fit: 'content', legend: true, footer: true, title: read.meta.title, subtitle: '' },
  }),
);
step('csv', () => exportCsv(read, visible));
const out: WorstCaseResult = {
  megabytes: bytes.length / 1e6,
  nodes: read.nodes.length,
  links: read.links.length,
  steps,
};
process.stdout.write(JSON.stringify(out));
