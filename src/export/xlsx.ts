/**
 * The visible subset as an Excel workbook: sheets Nodes, Links and Sources in the column layout of
 * `sheetColumns` (the one the spreadsheet import reads), and the matrix when one is shown. Every cell is written
 * as a text cell (never a formula), so a title starting with "=" stays text in Excel and LibreOffice.
 *
 * write-excel-file is loaded on demand, so the app's first download does not carry it.
 */
import type { VisibleGraph } from '../model/visible';
import type { Dataset } from '../model/schema';
import { SHEET_NAMES } from './sheetColumns';
import { sheetTables, type Table } from './sheetRows';

/** A matrix as shown: a title for the corner cell, column headers, and rows with a header cell and values. */
export interface MatrixTable {
  corner: string;
  columns: string[];
  rows: { header: string; cells: (string | number | null)[] }[];
}

export interface XlsxInput {
  dataset: Dataset;
  visible: VisibleGraph;
  matrix?: MatrixTable | null;
}

interface SheetSpec {
  name: string;
  table: Table;
}

/** The sheets in order, as tables: what `exportXlsx` writes. */
export function workbookSheets({ dataset, visible, matrix }: XlsxInput): SheetSpec[] {
  const t = sheetTables(dataset, visible);
  const sheets: SheetSpec[] = [
    { name: SHEET_NAMES.nodes, table: t.nodes },
    { name: SHEET_NAMES.links, table: t.links },
    { name: SHEET_NAMES.sources, table: t.sources },
  ];
  if (matrix) {
    sheets.push({
      name: SHEET_NAMES.matrix,
      table: {
        header: [matrix.corner, ...matrix.columns],
        rows: matrix.rows.map((r) => [r.header, ...r.cells.map((c) => (c === null ? null : String(c)))]),
      },
    });
  }
  return sheets;
}

/** Column width in characters: the longest cell, between 8 and 60. */
function widths(table: Table): { width: number }[] {
  return table.header.map((h, i) => {
    let longest = h.length;
    for (const row of table.rows) longest = Math.max(longest, Math.min(60, row[i]?.length ?? 0));
    return { width: Math.max(8, Math.min(60, longest + 2)) };
  });
}

/** The workbook as an .xlsx blob. */
export async function exportXlsx(input: XlsxInput): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const sheets = workbookSheets(input).map(({ name, table }) => ({
    sheet: name,
    columns: widths(table),
    stickyRowsCount: 1,
    data: [
      table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map((c) => (c === null ? null : { value: c, type: String }))),
    ],
  }));
  return writeXlsxFile(sheets).toBlob();
}
