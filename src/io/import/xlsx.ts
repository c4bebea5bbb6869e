/**
 * XLSX bytes to sheets of text cells, through read-excel-file's universal entry (a Blob or ArrayBuffer in, no
 * Worker, no Node built-ins), so the same code runs in the browser, the CLIs and tests. The library is loaded on
 * demand: it is not part of the app's initial bundle. Formula cells are read as the value the spreadsheet last
 * computed, never evaluated; merged cells are read as the value in their first cell and empty cells elsewhere.
 */
import type { ImportProblem, RawSheet } from './types';

/** Reads every sheet; a damaged or non-XLSX file gives a problem, never an exception. */
export async function readXlsx(bytes: ArrayBuffer): Promise<{ sheets: RawSheet[]; problems: ImportProblem[] }> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  try {
    const sheets = await readXlsxFile(bytes, { trim: false });
    return {
      sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) })),
      problems: [],
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      sheets: [],
      problems: [
        {
          severity: 'error',
          message: `could not be read as an Excel workbook (.xlsx): ${detail.slice(0, 160)}`,
        },
      ],
    };
  }
}

/** A cell as text: numbers as written (2024, 0.5), booleans as TRUE/FALSE, dates as 2024-05-31. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}
