/**
 * `npm run validate -- <file> [more files]`: prints every problem as `file:path: message`; on success prints a
 * summary of the dataset and how long validation took. Exit code 0 when every file is valid, 1 when one is not
 * (or cannot be read), 2 for a usage error. The code is set, not forced, so piped output is never cut short.
 */
import { performance } from 'node:perf_hooks';
import { formatProblem } from '../model/problems';
import { formatSummary, summarise } from '../model/summary';
import { EXIT, readDatasetFile } from './readDatasetFile';

function main(files: readonly string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run validate -- <dataset.json> [more.json ...]');
    return EXIT.usage;
  }
  let failed = false;
  for (const file of files) {
    const started = performance.now();
    const read = readDatasetFile(file);
    const ms = performance.now() - started;
    if (!read.read) {
      console.error(read.message);
      failed = true;
      continue;
    }
    const { result } = read;
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
    console.log(`  validated ${(read.bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
  }
  return failed ? EXIT.invalid : EXIT.ok;
}

process.exitCode = main(process.argv.slice(2).filter((a) => a !== '--'));
