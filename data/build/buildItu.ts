/**
 * Generates `data/itu.json`, the built-in ITU dataset, from the reference fact sheets in
 * `../shared/reference/` and the hand-curated tables in this folder (descriptions in `text.ts`, source titles in
 * `sources.ts`, analyst links in `proposed.ts`). Deterministic: the same inputs always give the same file.
 *
 * Run: `npx tsx data/build/buildItu.ts` (add `--check` to fail instead of writing when the file is out of date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';
import { DatasetBuilder } from './builder';
import { addStatedLinks } from './links';
import { addAllNodes } from './nodes';
import { addProposedLinks } from './proposed';
import { loadReference, REPO_DIR } from './reference';
import { DESCRIPTIONS } from './text';

/** Where the generated dataset is written. */
export const OUTPUT_FILE = join(REPO_DIR, 'data', 'itu.json');

/** Date of the reference compilation the dataset is built from (kept fixed so output is reproducible). */
const DATASET_DATE = '2026-11-23';

/** Builds the dataset in memory. */
export function buildItuDataset(): Dataset {
  const ref = loadReference();
  const b = new DatasetBuilder();
  addAllNodes(b, ref);
  addStatedLinks(b, ref);
  addProposedLinks(b, ref);
  const dataset = b.finish({
    title: 'ITU strategy map: from the Strategic Plan to ITU-D delivery',
    description:
      'How the ITU Strategic Plans 2020-2023 and 2024-2027 connect to the work that delivers them: BDT thematic priorities, WTDC action plans and their priorities, regional initiatives, WSIS action lines, ITU-D study Questions, targets, resolutions, study groups and SDGs. Every link states its basis (official, derived or proposed); titles not yet sourced are shown as gaps. See data/README.md.',
    version: '1.0.0',
    date: DATASET_DATE,
  });
  assertDescriptionsUsed(dataset);
  return dataset;
}

/** Fails when text.ts describes a node that does not exist (a typo would otherwise go unnoticed). */
function assertDescriptionsUsed(dataset: Dataset): void {
  const ids = new Set(dataset.nodes.map((n) => n.id));
  const unused = Object.keys(DESCRIPTIONS).filter((id) => !ids.has(id));
  if (unused.length > 0) throw new Error(`text.ts describes unknown nodes: ${unused.join(', ')}`);
}

/** Serialises the dataset as the committed file: pretty-printed with two spaces, final newline. */
export function serialise(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

function main(): void {
  const text = serialise(buildItuDataset());
  const result = validateDataset(JSON.parse(text));
  const errors = result.problems.filter((p) => p.severity === 'error');
  for (const e of errors) console.error(`${e.path}: ${e.message}`);
  if (errors.length > 0) process.exit(1);
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT_FILE, 'utf8');
    if (current !== text) {
      console.error('data/itu.json is out of date: run npx tsx data/build/buildItu.ts');
      process.exit(1);
    }
    console.log('data/itu.json is up to date');
    return;
  }
  writeFileSync(OUTPUT_FILE, text);
  console.log(`wrote ${OUTPUT_FILE}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
