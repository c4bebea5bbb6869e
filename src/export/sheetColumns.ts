/**
 * The column layout of the workbook (XLSX) and CSV exports, shared with the spreadsheet import so that a file we
 * write reads back as the same nodes, links and sources. Headers are what people see in Excel; keep them stable:
 * renaming one breaks files people already keep. The import may accept more spellings, but we always write these.
 *
 * Cells that hold lists (periods, tags, sources) separate items with `LIST_SEPARATOR`. A source reference is the
 * source's id, then its locator in parentheses when there is one: `pp22-res71 (p. 5)`; the Sources sheet maps ids
 * to titles and addresses.
 */

/** Sheet names of the workbook, in order. The matrix sheet is only written when a matrix is shown. */
export const SHEET_NAMES = { nodes: 'Nodes', links: 'Links', sources: 'Sources', matrix: 'Matrix' } as const;

/** Separator of items in a list cell. */
export const LIST_SEPARATOR = '; ';

/** Field of a node each Nodes column holds (translations are extra columns `Title (<lang>)`). */
export const NODE_COLUMNS = [
  { field: 'id', header: 'ID' },
  { field: 'kind', header: 'Kind' },
  { field: 'code', header: 'Code' },
  { field: 'label', header: 'Title' },
  { field: 'description', header: 'Description' },
  { field: 'periods', header: 'Periods' },
  { field: 'sector', header: 'Sector' },
  { field: 'region', header: 'Region' },
  { field: 'studyGroup', header: 'Study group' },
  { field: 'confidence', header: 'Confidence' },
  { field: 'note', header: 'Note' },
  { field: 'tags', header: 'Tags' },
  { field: 'sources', header: 'Sources' },
] as const;

/** Header of the column holding a node's title in `lang` (`Title (ar)`), and the language of such a header. */
export const translationHeader = (lang: string) => `Title (${lang})`;
export const translationLanguage = (header: string): string | null =>
  /^Title \(([^)]+)\)$/.exec(header.trim())?.[1] ?? null;

/**
 * Link columns. `sourceId`/`targetId` identify the ends; codes and titles are there for people reading the sheet
 * (an import may match on the code when the id is empty).
 */
export const LINK_COLUMNS = [
  { field: 'sourceId', header: 'Source ID' },
  { field: 'sourceCode', header: 'Source code' },
  { field: 'sourceTitle', header: 'Source title' },
  { field: 'targetId', header: 'Target ID' },
  { field: 'targetCode', header: 'Target code' },
  { field: 'targetTitle', header: 'Target title' },
  { field: 'relation', header: 'Relation' },
  { field: 'basis', header: 'Basis' },
  { field: 'confidence', header: 'Confidence' },
  { field: 'note', header: 'Note' },
  { field: 'sources', header: 'Sources' },
] as const;

/** Columns of the Sources sheet (the documents cited, `meta.sources`). */
export const SOURCE_COLUMNS = [
  { field: 'id', header: 'ID' },
  { field: 'title', header: 'Title' },
  { field: 'symbol', header: 'Symbol' },
  { field: 'type', header: 'Type' },
  { field: 'url', header: 'URL' },
  { field: 'readIn', header: 'Read in' },
  { field: 'date', header: 'Date' },
  { field: 'issuer', header: 'Issuer' },
] as const;

export type NodeField = (typeof NODE_COLUMNS)[number]['field'];
export type LinkField = (typeof LINK_COLUMNS)[number]['field'];
export type SourceField = (typeof SOURCE_COLUMNS)[number]['field'];

/** A source reference as written in a Sources cell: `id` or `id (locator)`. */
export function formatSourceRef(ref: { source: string; locator?: string | undefined }): string {
  return ref.locator ? `${ref.source} (${ref.locator})` : ref.source;
}

/** The inverse of `formatSourceRef` for one item of a Sources cell. */
export function parseSourceRef(text: string): { source: string; locator?: string } {
  const m = /^\s*([^()]+?)\s*(?:\((.*)\))?\s*$/.exec(text);
  const source = (m?.[1] ?? text).trim();
  const locator = m?.[2]?.trim();
  return locator ? { source, locator } : { source };
}

/** Items of a list cell. */
export const splitList = (cell: string): string[] =>
  cell
    .split(/;\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
