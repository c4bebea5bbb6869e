/**
 * One cold validation of a dataset of at least 10 MB in a fresh Node process, as `npm run validate` does it
 * (`readDataset`: JSON parse with located errors, schema, cross-reference checks). The dataset is synthetic, grown
 * until its JSON reaches the size. `tsx bench/validateRun.ts` prints `{ megabytes, nodes, ms, problems }` as JSON.
 */
import { performance } from 'node:perf_hooks';
import { readDataset } from '../src/io/readDataset';
import { syntheticDataset } from '../src/model/synthetic';

export interface ValidateResult {
  megabytes: number;
  nodes: number;
  ms: number;
  problems: number;
}

const TARGET_BYTES = 10_000_000;
let nodes = 2_000;
// Three links per node keeps a 10 MB file within the node limit (`src/model/limits.ts`).
let text = JSON.stringify(syntheticDataset({ nodes, seed: 1, linksPerNode: 3 }), null, 2);
while (Buffer.byteLength(text) < TARGET_BYTES) {
  nodes = Math.ceil((nodes * TARGET_BYTES * 1.02) / Buffer.byteLength(text));
  text = JSON.stringify(syntheticDataset({ nodes, seed: 1, linksPerNode: 3 }), null, 2);
}
const started = performance.now();
const result = readDataset(text);
const ms = performance.now() - started;
if (!result.dataset) throw new Error(`the synthetic dataset is invalid: ${JSON.stringify(result.problems[0])}`);
const out: ValidateResult = { megabytes: Buffer.byteLength(text) / 1e6, nodes, ms, problems: result.problems.length };
process.stdout.write(JSON.stringify(out));
