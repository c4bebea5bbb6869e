/**
 * `npm run validate -- <file> [more files]`: prints every problem as `file:path: message`; on success prints a
 * summary of the dataset and how long validation took. JSON datasets go through the one dataset reader; CSV and
 * XLSX files (and `nodes.csv+links.csv`) through the same import as the app. Exit code 0 when every file is valid,
 * 1 when one is not (or cannot be read), 2 for a usage error. The code is set, not forced, so piped output is
 * never cut short.
 */
import { performance } from 'node:perf_hooks';
import { formatProblem } from '../model/problems';
import { formatSummary, summarise } from '../model/summary';
import { EXIT, readDatasetFile } from './readDatasetFile';
import { isSpreadsheet, readSpreadsheet } from './spreadsheet';

async function main(files: readonly string[]): Promise<number> {
  if (files.length === 0) {
    console.error(
      'usage: npm run validate -- <dataset.json | sheet.xlsx | table.csv | nodes.csv+links.csv> [more ...]',
    );
    return EXIT.usage;
  }
  let failed = false;
  for (const file of files) {
    const started = performance.now();
    const spreadsheet = isSpreadsheet(file);
    let result;
    let defaults: string[] = [];
    let size = '';
    if (spreadsheet) {
      ({ result, defaults } = await readSpreadsheet(file));
    } else {
      const read = readDatasetFile(file);
      if (!read.read) {
        console.error(read.message);
        failed = true;
        continue;
      }
      result = read.result;
      size = `${(read.bytes / 1e6).toFixed(2)} MB `;
    }
    const ms = performance.now() - started;
    for (const problem of result.problems) {
      (problem.severity === 'error' ? console.error : console.log)(formatProblem(file, problem));
    }
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    if (!result.dataset) {
      failed = true;
      console.error(
        `${file}: ${errors} error(s), ${warnings} warning(s) — ${spreadsheet ? 'not imported' : 'not a valid dataset'}`,
      );
      continue;
    }
    console.log(`${file}: ${spreadsheet ? 'imported' : 'valid'} — ${warnings} warning(s)`);
    for (const line of defaults) console.log(`  default: ${line}`);
    for (const line of formatSummary(result.dataset, summarise(result.dataset))) console.log(`  ${line}`);
    console.log(`  ${spreadsheet ? 'imported' : 'validated'} ${size}in ${ms.toFixed(0)} ms`);
  }
  return failed ? EXIT.invalid : EXIT.ok;
}

void main(process.argv.slice(2).filter((a) => a !== '--')).then((code) => {
  process.exitCode = code;
});
