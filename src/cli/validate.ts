/**
 * `npm run validate -- <file> [more files]`: prints every problem as `file:path: message` and exits 1 when a
 * file has errors; on success prints a summary of the dataset and how long validation took.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readDataset } from '../io/readDataset';
import { formatProblem } from '../model/problems';
import { formatSummary, summarise } from '../model/summary';
import { isSpreadsheet, readSpreadsheet } from './spreadsheet';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run validate -- <dataset.json | sheet.xlsx | table.csv | nodes.csv+links.csv> [more ...]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  if (isSpreadsheet(file)) {
    const started = performance.now();
    const { result, defaults } = await readSpreadsheet(file);
    const ms = performance.now() - started;
    for (const problem of result.problems) {
      (problem.severity === 'error' ? console.error : console.log)(formatProblem(file, problem));
    }
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    if (!result.dataset) {
      failed = true;
      console.error(`${file}: ${errors} error(s) — not imported`);
      continue;
    }
    console.log(`${file}: imported — ${result.problems.length} warning(s)`);
    for (const line of defaults) console.log(`  default: ${line}`);
    for (const line of formatSummary(result.dataset, summarise(result.dataset))) console.log(`  ${line}`);
    console.log(`  imported in ${ms.toFixed(0)} ms`);
    continue;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    failed = true;
    continue;
  }
  const started = performance.now();
  const result = readDataset(text);
  const ms = performance.now() - started;
  for (const problem of result.problems) {
    (problem.severity === 'error' ? console.error : console.log)(formatProblem(file, problem));
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  if (!result.dataset) {
    failed = true;
    console.error(`${file}: ${errors} error(s), ${warnings} warning(s) — not a valid dataset`);
    continue;
  }
  console.log(`${file}: valid — ${warnings} warning(s)`);
  for (const line of formatSummary(result.dataset, summarise(result.dataset))) console.log(`  ${line}`);
  console.log(`  validated ${(text.length / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
}
process.exit(failed ? 1 : 0);
