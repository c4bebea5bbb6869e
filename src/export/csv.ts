/**
 * The visible subset as two CSV tables (nodes.csv and links.csv), for spreadsheets: RFC 4180 (comma separated,
 * CRLF line ends), every cell made safe by `cellSafety.ts` (quoted when it holds `,` `;` `"` or a line break, so it
 * stays one cell under either list separator; formula-like text prefixed with a single quote).
 */
import type { Dataset, MapLink, MapNode, SourceRef } from '../model/schema';
import { linkKey } from '../model/graph';
import { csvField, type CellValue } from './cellSafety';

export interface CsvFiles {
  /** nodes.csv */
  nodes: string;
  /** links.csv */
  links: string;
}

/** Prepend to a CSV file so that Excel reads it as UTF-8 (Arabic, Chinese and Russian labels). */
export const CSV_BOM = '\uFEFF';

/** One CSV cell: formula-guarded, then quoted when needed (see `cellSafety.ts`). */
export const csvCell = csvField;

const row = (cells: readonly CellValue[]) => cells.map(csvCell).join(',');
const table = (header: readonly string[], rows: readonly CellValue[][]) =>
  [row(header), ...rows.map(row)].map((r) => `${r}\r\n`).join('');

/** Nodes and links of `visible` as CSV, in dataset order. */
export function exportCsv(
  dataset: Dataset,
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] },
): CsvFiles {
  const kindName = new Map(dataset.kinds.map((k) => [k.id, k.singular]));
  const sourceTitle = new Map(dataset.meta.sources.map((s) => [s.id, s.title]));
  const cite = (refs: readonly SourceRef[]) =>
    refs.map((r) => `${sourceTitle.get(r.source) ?? r.source}${r.locator ? ` (${r.locator})` : ''}`).join('; ');
  const { nodes, links } = visibleInDatasetOrder(dataset, visible);
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const languages = [...new Set(nodes.flatMap((n) => Object.keys(n.translations ?? {})))].sort();

  const nodeHeader = [
    'id',
    'kind',
    'kind_name',
    'code',
    'label',
    ...languages.map((l) => `label_${l}`),
    'description',
    'periods',
    'sector',
    'region',
    'study_group',
    'confidence',
    'note',
    'sources',
  ];
  const nodeRows = nodes.map((n) => [
    n.id,
    n.kind,
    kindName.get(n.kind),
    n.code,
    n.label,
    ...languages.map((l) => n.translations?.[l]),
    n.description,
    n.periods.join('; '),
    n.sector,
    n.region,
    n.studyGroup,
    n.confidence,
    n.note,
    cite(n.sources),
  ]);
  const linkHeader = [
    'source',
    'source_code',
    'target',
    'target_code',
    'relation',
    'basis',
    'confidence',
    'note',
    'sources',
  ];
  const linkRows = links.map((l) => [
    l.source,
    byId.get(l.source)?.code,
    l.target,
    byId.get(l.target)?.code,
    l.relation,
    l.basis,
    l.confidence,
    l.note,
    cite(l.sources),
  ]);
  return { nodes: table(nodeHeader, nodeRows), links: table(linkHeader, linkRows) };
}

/** The visible nodes and the visible links between them, in dataset order, matched by id and `linkKey`. */
export function visibleInDatasetOrder(
  dataset: Pick<Dataset, 'nodes' | 'links'>,
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] },
): { nodes: MapNode[]; links: MapLink[] } {
  const ids = new Set(visible.nodes.map((n) => n.id));
  const keys = new Set(visible.links.map(linkKey));
  const nodes = dataset.nodes.filter((n) => ids.has(n.id));
  const links = dataset.links.filter((l) => keys.has(linkKey(l)) && ids.has(l.source) && ids.has(l.target));
  return { nodes, links };
}
