/**
 * Crossings of our column order, in Node only (cheap; no browser): `npx tsx bench/ordering.ts [sizes]`, sizes as
 * in `npm run bench` (default 300,1000,2000,5000,10000,itu). Per size, the quick order the map draws first (the
 * barycentre sweeps), the refined one it redraws in (sifting), their times, and the crossings of what the app
 * shows by default, with dagre's from the last `npm run bench` (bench/results.json) beside them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { orderInputOf, openingNodes } from '../src/layout/layoutMap';
import { refineOrder, sweptOrder } from '../src/layout/order';
import { placeLayers } from '../src/layout/place';
import { datasetFor, parseSize, sizeLabel, type SizeKey } from './datasets';
import { shownByDefault } from './shown';

const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const sizes: SizeKey[] = (arg ?? '300,1000,2000,5000,10000,itu').split(',').map(parseSize);

const dagre = new Map<string, number>();
if (existsSync('bench/results.json')) {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as {
    sizes: { label: string; measures: { crossings?: { baseline: number | null } } }[];
  };
  for (const s of results.sizes) if (s.measures.crossings?.baseline) dagre.set(s.label, s.measures.crossings.baseline);
}

const today = new Date();
for (const size of sizes) {
  const dataset = datasetFor(size);
  const input = orderInputOf(dataset);
  const core = openingNodes(dataset, today);
  let t = performance.now();
  const swept = sweptOrder(input, undefined, core);
  const sweptMs = performance.now() - t;
  t = performance.now();
  const refined = refineOrder(input, swept, { core });
  const refineMs = performance.now() - t;
  const shown = shownByDefault(dataset, today);
  const shownCrossings = (order: typeof swept) =>
    placeLayers({ kinds: dataset.kinds, nodes: shown.nodes, links: shown.links, order }).crossings;
  const first = shownCrossings(swept);
  const left = shownCrossings(refined);
  const base = dagre.get(sizeLabel(size));
  const ratio = (n: number) => (base ? ` (${(n / base).toFixed(3)})` : '');
  console.log(
    `${sizeLabel(size).padStart(8)}: shown ${shown.nodes.length} nodes; first ${first}${ratio(first)} in ${sweptMs.toFixed(0)} ms, ` +
      `refined ${left}${ratio(left)} after ${refineMs.toFixed(0)} ms more; dagre ${base ?? '?'}; ` +
      `whole map ${swept.crossings} -> ${refined.crossings}${swept.coreFirst ? ' (opening view first)' : ''}`,
  );
}
