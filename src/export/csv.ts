/**
 * The visible subset as CSV tables (nodes.csv, links.csv, sources.csv), for spreadsheets: RFC 4180 (comma separated,
 * CRLF line ends), every cell made safe by `cellSafety.ts` (quoted when it holds `,` `;` `"` or a line break, so it
 * stays one cell under either list separator; formula-like text prefixed with a single quote).
 */
import type { VisibleGraph } from '../model/visible';
import type { Dataset } from '../model/schema';
import { csvField, type CellValue } from './cellSafety';
import { sheetTables } from './sheetRows';

export interface CsvFiles {
  /** nodes.csv */
  nodes: string;
  /** links.csv: source and target ids, codes and titles, relation, basis, confidence, note, sources */
  links: string;
  /** sources.csv: the documents the nodes and links cite */
  sources: string;
}

/** Prepend to a CSV file so that Excel reads it as UTF-8 (Arabic, Chinese and Russian labels). */
export const CSV_BOM = '\uFEFF';

/** One CSV cell: formula-guarded, then quoted when needed (see `cellSafety.ts`). */
export const csvCell = csvField;

const row = (cells: readonly CellValue[]) => cells.map(csvCell).join(',');
const table = (header: readonly string[], rows: readonly CellValue[][]) =>
  [row(header), ...rows.map(row)].map((r) => `${r}\r\n`).join('');

/** Nodes, links and the sources they cite as CSV, in dataset order, in the workbook's columns (`sheetColumns`). */
export function exportCsv(dataset: Dataset, visible: VisibleGraph): CsvFiles {
  const tables = sheetTables(dataset, visible);
  return {
    nodes: table(tables.nodes.header, tables.nodes.rows),
    links: table(tables.links.header, tables.links.rows),
    sources: table(tables.sources.header, tables.sources.rows),
  };
}
