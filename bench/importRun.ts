/**
 * One cold import of a generated 5,000-row chain table (CSV) in a fresh Node process, as the app and the CLIs do
 * it: parse, guess the mapping, build and validate the dataset. `tsx bench/importRun.ts` prints
 * `{ rows, nodes, links, ms }` as JSON.
 */
import { performance } from 'node:perf_hooks';
import { importFiles } from '../src/io/import';
import { ITU_KINDS } from '../src/model/ituKinds';
import { generateChainCsv } from '../test/fixtures/import/generate';

export interface ImportRunResult {
  rows: number;
  nodes: number;
  links: number;
  ms: number;
}

const ROWS = 5000;
const bytes = new TextEncoder().encode(generateChainCsv(ROWS)).buffer as ArrayBuffer;
const started = performance.now();
const { result } = await importFiles([{ name: 'chains.csv', bytes }], {
  kinds: ITU_KINDS,
  sources: [],
  date: '2026-01-01',
});
const ms = performance.now() - started;
if (!result.dataset) throw new Error(`the generated chain table did not import: ${JSON.stringify(result.problems[0])}`);
const out: ImportRunResult = { rows: ROWS, nodes: result.dataset.nodes.length, links: result.dataset.links.length, ms };
process.stdout.write(JSON.stringify(out));
