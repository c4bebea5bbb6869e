/**
 * The visible subset as CSV tables (nodes.csv, links.csv, sources.csv), for spreadsheets: RFC 4180 (comma separated,
 * CRLF line ends, fields with commas, quotes or line breaks in double quotes), and cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) prefixed with a single quote
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */
import type { Dataset, MapLink, MapNode } from '../model/schema';
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

/** One CSV cell: formula-guarded, then quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: readonly (string | number | null | undefined)[]) => cells.map(csvCell).join(',');
const table = (header: readonly string[], rows: readonly (string | number | null | undefined)[][]) =>
  [row(header), ...rows.map(row)].map((r) => `${r}\r\n`).join('');

/** Nodes, links and the sources they cite as CSV, in dataset order, in the workbook's columns (`sheetColumns`). */
export function exportCsv(
  dataset: Dataset,
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] },
): CsvFiles {
  const tables = sheetTables(dataset, visible);
  return {
    nodes: table(tables.nodes.header, tables.nodes.rows),
    links: table(tables.links.header, tables.links.rows),
    sources: table(tables.sources.header, tables.sources.rows),
  };
}

export { visibleInDatasetOrder } from './visible';
