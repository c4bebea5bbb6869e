/**
 * Cell values that are safe to open in a spreadsheet, whatever its list separator (`,` in most locales, `;` in
 * many European ones). Two dangers, both from untrusted text:
 *
 * - **Formula injection** (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting with `=`, `+`,
 *   `-`, `@`, a tab or a carriage return may be run as a formula. The same holds for the part of a cell after a
 *   `,` or `;` if a reader splits the cell there (`Doc;=HYPERLINK(...)` in a `;` locale). A formula-like cell gets
 *   a leading single quote, which every spreadsheet shows as text; nothing else in it changes.
 * - **Cell splitting**: a CSV cell containing `,`, `;`, a double quote or a line break is always quoted (RFC 4180),
 *   so it stays one cell under both separators.
 *
 * Numbers (finite `number` values) are written as they are: `-2` is a number, not a formula.
 */

/** Characters that make a spreadsheet treat the start of a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** The same after a list separator, allowing spaces between (some readers trim them). */
const FORMULA_AFTER_SEPARATOR = /[,;][ \t]*[=+\-@\r]/;
/** Characters that need the cell quoted in CSV under a `,` or a `;` separator. */
const NEEDS_QUOTES = /[",;\r\n]/;

export type CellValue = string | number | boolean | null | undefined;

/** True when a spreadsheet could read `text`, or a part of it after `,` or `;`, as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) || FORMULA_AFTER_SEPARATOR.test(text);
}

/**
 * The text of a spreadsheet cell (CSV or XLSX) for `value`: empty for null and undefined, numbers and booleans as
 * written, and text that could run as a formula prefixed with a single quote.
 */
export function safeCellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return isFormulaLike(value) ? `'${value}` : value;
}

/** One CSV field for `value`: `safeCellText`, then double-quoted when it holds `,` `;` `"` CR or LF. */
export function csvField(value: CellValue): string {
  const text = safeCellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
