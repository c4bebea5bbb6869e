/**
 * The visible subset as three tables (Nodes, Links, Sources) in the column layout of `sheetColumns`: the one shape
 * that the CSV and workbook writers both write, and the import reads. Cells are plain strings (or empty), never
 * formulas; the writers make them safe for their format.
 */
import type { VisibleGraph } from '../model/visible';
import type { Dataset, MapLink, MapNode } from '../model/schema';
import { visibleInDatasetOrder } from './visible';
import {
  LINK_COLUMNS,
  LIST_SEPARATOR,
  NODE_COLUMNS,
  SOURCE_COLUMNS,
  formatSourceRef,
  translationHeader,
} from './sheetColumns';

export type Cell = string | null;

export interface Table {
  header: string[];
  rows: Cell[][];
}

export interface SheetTables {
  nodes: Table;
  links: Table;
  sources: Table;
}

const text = (v: string | undefined | null): Cell => (v === undefined || v === null || v === '' ? null : v);
const list = (items: readonly string[] | undefined): Cell => text(items?.join(LIST_SEPARATOR));

/** Nodes, Links and Sources of `visible`, in dataset order; Sources holds only the documents they cite. */
export function sheetTables(dataset: Dataset, visible: VisibleGraph): SheetTables {
  const { nodes, links } = visibleInDatasetOrder(dataset, visible);
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const languages = [...new Set(nodes.flatMap((n) => Object.keys(n.translations ?? {})))].sort();
  const refs = (r: MapNode['sources']) => list(r.map(formatSourceRef));

  const nodeCell = (n: MapNode, field: (typeof NODE_COLUMNS)[number]['field']): Cell => {
    switch (field) {
      case 'periods':
        return list(n.periods);
      case 'tags':
        return list(n.tags);
      case 'sources':
        return refs(n.sources);
      case 'label':
        return n.label;
      default:
        return text(n[field]);
    }
  };
  const nodeHeader: string[] = NODE_COLUMNS.map((c) => c.header);
  // Translations go right after the title.
  const titleAt = nodeHeader.indexOf('Title') + 1;
  nodeHeader.splice(titleAt, 0, ...languages.map(translationHeader));
  const nodeRows = nodes.map((n) => {
    const row = NODE_COLUMNS.map((c) => nodeCell(n, c.field));
    row.splice(titleAt, 0, ...languages.map((l) => text(n.translations?.[l])));
    return row;
  });

  const linkCell = (l: MapLink, field: (typeof LINK_COLUMNS)[number]['field']): Cell => {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    switch (field) {
      case 'sourceId':
        return l.source;
      case 'sourceCode':
        return text(s?.code);
      case 'sourceTitle':
        return text(s?.label);
      case 'targetId':
        return l.target;
      case 'targetCode':
        return text(t?.code);
      case 'targetTitle':
        return text(t?.label);
      case 'sources':
        return refs(l.sources);
      default:
        return text(l[field]);
    }
  };

  const cited = new Set([...nodes, ...links].flatMap((item) => item.sources.map((s) => s.source)));
  const sources = dataset.meta.sources.filter((s) => cited.has(s.id));
  return {
    nodes: { header: nodeHeader, rows: nodeRows },
    links: {
      header: LINK_COLUMNS.map((c) => c.header),
      rows: links.map((l) => LINK_COLUMNS.map((c) => linkCell(l, c.field))),
    },
    sources: {
      header: SOURCE_COLUMNS.map((c) => c.header),
      rows: sources.map((s) => SOURCE_COLUMNS.map((c) => text(s[c.field]))),
    },
  };
}
