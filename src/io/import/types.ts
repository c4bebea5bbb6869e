/** The table model every importer reads into, and the located problems it reports. */
import type { Problem } from '../../model/problems';

/** One sheet (or one CSV file) as text cells; `rows[i]` is the file's row i + 1. */
export interface RawSheet {
  name: string;
  rows: string[][];
}

/** What a file was read into: its sheets, in file order. */
export interface RawWorkbook {
  file: string;
  sheets: RawSheet[];
}

/** A problem found while importing, located the way a spreadsheet user finds it. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  /** Sheet name; absent for a CSV file (one sheet) and for problems with the file as a whole. */
  sheet?: string;
  /** 1-based row as the spreadsheet numbers it. */
  row?: number;
  /** The column's header as written in the file, or its letter when it has none. */
  column?: string;
  message: string;
}

/** Where a problem is, in plain words: `sheet 'Links', row 14, column 'Programme'`. */
export function locationOf(p: ImportProblem): string {
  const parts: string[] = [];
  if (p.sheet !== undefined) parts.push(`sheet '${p.sheet}'`);
  if (p.row !== undefined) parts.push(`row ${p.row}`);
  if (p.column !== undefined) parts.push(`column '${p.column}'`);
  return parts.length === 0 ? '(file)' : parts.join(', ');
}

/** As a `Problem`, so the CLI and the app list it like any dataset problem (`file:location: message`). */
export function toProblem(p: ImportProblem): Problem {
  return { severity: p.severity, path: locationOf(p), message: p.message };
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
