/**
 * CSV text to a sheet of text cells: RFC 4180 quoting (doubled quotes, separators and line breaks inside quotes),
 * CRLF or LF line ends, a UTF-8 byte order mark, and `,`, `;` or tab as the separator (guessed from the first
 * line, outside quotes, the way spreadsheets in Europe write `;`). Never throws: an unterminated quote is reported
 * with the row it starts on, and the rest of the file is read as that one field, as spreadsheets do.
 */
import type { ImportProblem, RawSheet } from './types';

export type Separator = ',' | ';' | '\t';

/** The separator that occurs most often outside quotes on the first non-empty line (comma on a tie). */
export function guessSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seen) break;
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) {
      counts[c]++;
      seen = true;
    } else if (c.trim() !== '') seen = true;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export interface CsvResult {
  sheet: RawSheet;
  separator: Separator;
  problems: ImportProblem[];
}

/** Parses CSV text into rows of cells (row i of the result is line-row i + 1 of the file, empty rows kept). */
export function parseCsv(input: string, name: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = guessSeparator(text);
  const rows: string[][] = [];
  const problems: ImportProblem[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteRow = 0;
  let i = 0;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy a run of ordinary characters at once: much faster than one at a time on big files.
      let j = i;
      while (j < n && text.charCodeAt(j) !== 34) j++;
      field += text.slice(i, j);
      i = j;
      continue;
    }
    if (c === 34 && field.trim() === '') {
      quoted = true;
      quoteRow = rows.length + 1;
      field = '';
      i++;
      continue;
    }
    if (text.charAt(i) === separator) {
      endField();
      i++;
      continue;
    }
    if (c === 13 || c === 10) {
      endRow();
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // A run of ordinary characters (a quote inside an unquoted field is kept as a character).
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 13 || d === 10 || text.charAt(j) === separator) break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (quoted) {
    problems.push({
      severity: 'error',
      row: quoteRow,
      message: 'a quoted field is never closed (a missing " ?); everything after it was read as one cell',
    });
  }
  if (field !== '' || row.length > 0) endRow();
  return { sheet: { name, rows }, separator, problems };
}
