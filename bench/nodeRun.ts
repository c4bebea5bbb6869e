/**
 * One cold measurement in Node, run in a fresh process by the runner so that no cache or JIT state carries
 * over between repetitions: `tsx bench/nodeRun.ts ours|cytoscape SIZE` prints JSON on stdout.
 * - ours: `orderDataset` of the dataset + `placeLayers` of what the app shows by default (what the layout
 *   worker runs), then the SVG export of it when the export exists;
 * - cytoscape: dagre on a headless Cytoscape of the same shown graph with the baseline page's stylesheet (node
 *   sizes), positions only.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { layoutMap } from '../src/layout/layoutMap';
import type { MapLayout } from '../src/layout/types';
import type { Dataset } from '../src/model/schema';
import { countCrossings, layoutSegments } from './crossings';
import { datasetFor, parseSize } from './datasets';
import { shownByDefault } from './shown';
import { dagreOptions, elementsOf, STYLE } from './baseline/graph';

export interface NodeResult {
  layoutMs: number;
  crossings: number | null;
  svg: { ms: number; bytes: number } | null;
}

type ExportSvg = (input: { dataset: Dataset; visible: Pick<Dataset, 'nodes' | 'links'>; layout: MapLayout }) => string;
const SVG_MODULE = 'src/export/svg.ts';

async function ours(dataset: Dataset): Promise<NodeResult> {
  const shown = shownByDefault(dataset);
  const started = performance.now();
  const layout = layoutMap({ dataset, visible: shown });
  const layoutMs = performance.now() - started;
  const crossings = countCrossings(layoutSegments(layout));
  if (crossings !== layout.crossings)
    throw new Error(`crossing counters disagree: ${crossings} vs ${layout.crossings}`);
  let svg: NodeResult['svg'] = null;
  if (existsSync(SVG_MODULE)) {
    const { exportSvg } = (await import(pathToFileURL(SVG_MODULE).href)) as { exportSvg: ExportSvg };
    const t = performance.now();
    const text = exportSvg({ dataset, visible: shown, layout });
    svg = { ms: performance.now() - t, bytes: Buffer.byteLength(text) };
  }
  return { layoutMs, crossings, svg };
}

function baseline(dataset: Dataset): NodeResult {
  cytoscape.use(dagre);
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: elementsOf(dataset), style: STYLE });
  const started = performance.now();
  cy.layout(dagreOptions()).run();
  return { layoutMs: performance.now() - started, crossings: null, svg: null };
}

const [which, size = '300'] = process.argv.slice(2);
const dataset = datasetFor(parseSize(size));
const result = which === 'cytoscape' ? baseline(shownByDefault(dataset)) : await ours(dataset);
// Headless Cytoscape keeps timers alive: leave once the result is out.
process.stdout.write(JSON.stringify(result), () => process.exit(0));
