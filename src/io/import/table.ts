/**
 * Finds the table in a sheet: the header row (skipping a title row above it, such as a merged banner), the
 * column names (a blank header over data is named by its letter, a repeated one numbered) and the data rows
 * (empty rows skipped). Everything it had to assume is reported, located.
 */
import { isFormulaLike } from '../../export/cellSafety';
import { columnLetter, type ImportProblem, type RawSheet } from './types';

export interface TableRow {
  /** 1-based row number in the sheet. */
  row: number;
  cells: string[];
}

export interface Table {
  /** Sheet name, or the file name for a CSV file. */
  sheet: string;
  /** How problems name the sheet; undefined for a lone CSV file (the file is the sheet). */
  label?: string;
  /** 1-based row number of the header. */
  headerRow: number;
  headers: string[];
  rows: TableRow[];
}

const filled = (cells: readonly string[]) => cells.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);

/** The sheet's table, or null when the sheet has no cell with text. */
export function findTable(sheet: RawSheet, problems: ImportProblem[], sheetLabel?: string, csv = false): Table | null {
  const { rows } = sheet;
  const where = sheetLabel === undefined ? {} : { sheet: sheetLabel };
  const counts = rows.map(filled);
  const nonEmpty = counts.flatMap((c, i) => (c > 0 ? [i] : []));
  if (nonEmpty.length === 0) return null;
  // The header is the first row about as wide as the table: a title row above it (a merged banner) has one cell.
  const widest = Math.max(...nonEmpty.slice(0, 30).map((i) => counts[i] ?? 0));
  const wanted = Math.max(Math.min(2, widest), Math.ceil(widest / 2));
  const headerIndex = nonEmpty.slice(0, 10).find((i) => (counts[i] ?? 0) >= wanted) ?? (nonEmpty[0] as number);
  const skipped = nonEmpty.filter((i) => i < headerIndex);
  if (skipped.length > 0) {
    problems.push({
      ...where,
      severity: 'warning',
      row: skipped[0]! + 1,
      message: `${skipped.length === 1 ? 'this row was' : `${skipped.length} rows from here were`} skipped as a title above the header in row ${headerIndex + 1}`,
    });
  }
  const width = Math.max(...rows.slice(headerIndex).map((r) => lastFilled(r) + 1));
  const rawHeaders = rows[headerIndex] ?? [];
  const headers: string[] = [];
  const seen = new Map<string, number>();
  const dataRows = rows.slice(headerIndex + 1);
  for (let c = 0; c < width; c++) {
    let header = (rawHeaders[c] ?? '').replace(/\s+/g, ' ').trim();
    if (header === '') {
      header = `Column ${columnLetter(c)}`;
      if (dataRows.some((r) => (r[c] ?? '').trim() !== '')) {
        problems.push({
          ...where,
          severity: 'warning',
          row: headerIndex + 1,
          column: header,
          message: 'no header over this column (a merged header cell?); it is called by its letter',
        });
      }
    }
    const key = header.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) {
      problems.push({
        ...where,
        severity: 'warning',
        row: headerIndex + 1,
        column: header,
        message: `the header '${header}' is repeated; this column is called '${header} (${n})'`,
      });
      header = `${header} (${n})`;
    }
    headers.push(header);
  }
  const body: TableRow[] = [];
  dataRows.forEach((cells, i) => {
    if (filled(cells) === 0) return;
    const padded =
      cells.length >= width ? cells.slice(0, width) : [...cells, ...Array<string>(width - cells.length).fill('')];
    body.push({ row: headerIndex + 2 + i, cells: padded.map(csv ? cleanCsv : clean) });
  });
  return {
    sheet: sheetLabel ?? sheet.name,
    ...(sheetLabel === undefined ? {} : { label: sheetLabel }),
    headerRow: headerIndex + 1,
    headers,
    rows: body,
  };
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? '').trim() !== '') return i;
  return -1;
}

/** A cell's text as data: trimmed. Formulas are never evaluated: a formula cell is read as its text or last value. */
export function clean(cell: string): string {
  return cell.trim();
}

/**
 * A CSV cell's text as data: trimmed, and without the apostrophe our CSV export (and spreadsheets) put before text
 * that would otherwise run as a formula (`'=1+1` is the text `=1+1`; see export/cellSafety.ts).
 */
export function cleanCsv(cell: string): string {
  const text = cell.trim();
  return text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}
