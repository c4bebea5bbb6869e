/**
 * Reading files into tables and guessing a plan: which sheet holds items, connections, a chain table, sources
 * or kinds, and what each column means. The plan is shown to the user, who may change any column's meaning,
 * then `buildDataset` makes the dataset. Our own JSON skips all this: it is read as a dataset.
 */
import { decodeText as decodeStrict } from '../decodeText';
import type { Kind } from '../../model/schema';
import { parseCsv } from './csv';
import { readXlsx } from './xlsx';
import { findTable, type Table } from './table';
import { classifySheet, guessColumn } from './columns';
import type { ImportPlan, SheetPlan } from './build';
import type { ImportProblem, RawSheet } from './types';

/** A file as the importer receives it: a name and its bytes. */
export interface InputFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Larger files are refused before reading, so a wrong file cannot hang the page. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileFormat = 'json' | 'csv' | 'xlsx' | 'unknown';

/** The format from the first bytes (an XLSX is a zip: "PK"), else the extension. */
export function formatOf(file: InputFile): FileFormat {
  const head = new Uint8Array(file.bytes, 0, Math.min(4, file.bytes.byteLength));
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  // Sniff text: a JSON object starts with "{" (after an optional byte order mark and spaces).
  // Only a sniff: the first bytes may end inside a character, so they are decoded leniently here; the file itself
  // goes through the strict decoder when it is read.
  const head200 = new TextDecoder('utf-8').decode(file.bytes.slice(0, 200));
  if (/^\uFEFF?\s*\{/.test(head200)) return 'json';
  return decodeText(file.bytes).ok ? 'csv' : 'unknown';
}

/**
 * Text through the one strict decoder (`io/decodeText.ts`: UTF-8 with or without a byte-order mark, UTF-16 with
 * one), with a way out for spreadsheets saved in another encoding.
 */
export function decodeText(bytes: ArrayBuffer): { ok: true; text: string } | { ok: false; message: string } {
  const decoded = decodeStrict(new Uint8Array(bytes));
  if (decoded.ok) return { ok: true, text: decoded.text };
  return {
    ok: false,
    message: `${decoded.message}; in Excel use Save As → 'CSV UTF-8 (Comma delimited)', or open the .xlsx file itself`,
  };
}

export interface ReadSheet extends RawSheet {
  /** The file it came from. */
  file: string;
  /** How problems name it: the sheet name in a workbook, undefined for a CSV file (the file is the sheet). */
  label?: string;
  /** Read from CSV text (where a leading apostrophe guards a formula-like cell). */
  csv?: boolean;
}

/** Reads CSV and XLSX files into sheets; problems name the file. */
export async function readSheets(
  files: readonly InputFile[],
): Promise<{ sheets: ReadSheet[]; problems: ImportProblem[] }> {
  const sheets: ReadSheet[] = [];
  const problems: ImportProblem[] = [];
  const many = files.length > 1;
  for (const file of files) {
    const prefix = many ? `${file.name}: ` : '';
    if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
      problems.push({
        severity: 'error',
        message: `${prefix}the file is ${(file.bytes.byteLength / 1e6).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported`,
      });
      continue;
    }
    const format = formatOf(file);
    if (format === 'xlsx') {
      const read = await readXlsx(file.bytes);
      problems.push(...read.problems.map((p) => ({ ...p, message: prefix + p.message })));
      for (const s of read.sheets) sheets.push({ ...s, file: file.name, label: s.name });
    } else if (format === 'csv') {
      const text = decodeText(file.bytes);
      if (!text.ok) {
        problems.push({ severity: 'error', message: `${prefix}${text.message}` });
        continue;
      }
      const csv = parseCsv(text.text, file.name);
      problems.push(...csv.problems.map((p) => (many ? { ...p, sheet: file.name } : p)));
      sheets.push({ ...csv.sheet, file: file.name, csv: true, ...(many ? { label: file.name } : {}) });
    } else {
      problems.push({
        severity: 'error',
        message: `${prefix}is not a CSV, XLSX or JSON file; save the spreadsheet as .xlsx or CSV UTF-8`,
      });
    }
  }
  return { sheets, problems };
}

/** Guesses what each sheet and column holds. */
export function guessPlan(
  label: string,
  sheets: readonly ReadSheet[],
  kinds: readonly Kind[],
  readProblems: ImportProblem[],
): ImportPlan {
  const problems = [...readProblems];
  const plan: ImportPlan = { label, shape: 'elements', readProblems: problems, unusedSheets: [] };
  for (const sheet of sheets) {
    const found: ImportProblem[] = [];
    const table = findTable(sheet, found, sheet.label, sheet.csv);
    if (!table) continue;
    const shape = classifySheet(sheet.label ?? sheet.name, table.headers, kinds);
    const fill = (slot: 'elements' | 'connections' | 'chain', sheetShape: 'elements' | 'connections' | 'chain') => {
      if (plan[slot]) return false;
      plan[slot] = planSheet(table, sheetShape, kinds);
      return true;
    };
    let used = false;
    if (shape === 'elements' || shape === 'connections' || shape === 'chain') used = fill(shape, shape);
    else if (shape === 'sources' && !plan.sources) {
      plan.sources = table;
      used = true;
    } else if (shape === 'kinds' && !plan.kinds) {
      plan.kinds = table;
      used = true;
    } else if (/^(about|meta|dataset)$/i.test(sheet.label ?? '') && !plan.about) {
      plan.about = table;
      used = true;
    }
    if (used) problems.push(...found);
    else plan.unusedSheets.push(sheet.label ?? sheet.name);
  }
  plan.shape = plan.elements || plan.connections || !plan.chain ? 'elements' : 'chain';
  if (!plan.elements && !plan.connections && !plan.chain) {
    // Nothing recognised: offer the first sheet as a chain table to be mapped by hand.
    const first = sheets.map((s) => findTable(s, [], s.label, s.csv)).find((t): t is Table => t !== null);
    if (first) {
      plan.chain = planSheet(first, 'chain', kinds);
      plan.shape = 'chain';
      plan.unusedSheets = plan.unusedSheets.filter((s) => s !== first.sheet);
    }
  }
  return plan;
}

export function planSheet(
  table: Table,
  shape: 'elements' | 'connections' | 'chain',
  kinds: readonly Kind[],
): SheetPlan {
  const columns = table.headers.map((h, i) => guessColumn(h, i, shape, kinds));
  // A column without data (under the second half of a merged header, say) means nothing, unless it is a column
  // of a known kind in a chain table: an empty kind column still stops the chains that cross it.
  for (const c of columns) {
    const knownKind = c.role === 'chain' && kinds.some((k) => k.id === c.kind);
    if (!knownKind && !table.rows.some((r) => (r.cells[c.index] ?? '') !== '')) {
      Object.assign(c, { role: 'ignore', guessed: false });
    }
  }
  // Only the first column of a role is read; later ones with the same guess are left to the user.
  const seen = new Set<string>();
  for (const c of columns) {
    if (c.role === 'ignore' || c.role === 'chain' || c.role === 'translation') continue;
    if (seen.has(c.role)) Object.assign(c, { role: 'ignore', guessed: false });
    seen.add(c.role);
  }
  return { table, columns };
}
