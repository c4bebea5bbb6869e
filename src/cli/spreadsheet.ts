/**
 * Spreadsheets for the CLIs: `validate` and `export` accept CSV and XLSX files (and `nodes.csv+links.csv` for an
 * items file with a connections file) through the same import as the app, with the guessed column mapping.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFiles, type ImportResult } from '../io/import';
import { toProblem } from '../io/import/types';
import type { ValidationResult } from '../model/validate';
import type { Problem } from '../model/problems';

/** A CSV/XLSX argument, or several joined by `+`. */
export const isSpreadsheet = (arg: string): boolean =>
  arg.split('+').every((part) => /\.(csv|tsv|txt|xlsx)$/i.test(part));

export interface SpreadsheetRead {
  result: { dataset?: ValidationResult['dataset']; problems: Problem[] };
  /** The stated defaults the import applied, in plain words. */
  defaults: string[];
}

/** Reads and imports the file(s); a file that cannot be read is reported as a problem. */
export async function readSpreadsheet(arg: string): Promise<SpreadsheetRead> {
  const files = [];
  for (const path of arg.split('+')) {
    try {
      const b = readFileSync(path);
      files.push({
        name: basename(path),
        bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      return {
        result: { problems: [{ severity: 'error', path: '(file)', message: `cannot read ${path} (${code})` }] },
        defaults: [],
      };
    }
  }
  const { result } = await importFiles(files);
  const imported = result as ImportResult;
  return {
    result: {
      ...(result.dataset ? { dataset: result.dataset } : {}),
      problems: imported.problems.map(toProblem),
    },
    defaults: imported.defaults,
  };
}
