/**
 * What differs between the dataset as opened and as edited: nodes and links added, changed (with the fields that
 * changed) and removed, for the "changes" list and its export, so a proposal can be reviewed.
 */
import type { Dataset, MapLink, MapNode } from './schema';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface Change {
  what: 'node' | 'link';
  how: 'added' | 'changed' | 'removed';
  /** Node id, or `source → target (relation)`. */
  key: string;
  /** What a person recognises: a node's code and title, a link's ends by code or title. */
  name: string;
  fields: FieldChange[];
}

const linkKeyOf = (l: Pick<MapLink, 'source' | 'target' | 'relation'>) => `${l.source} → ${l.target} (${l.relation})`;

function fieldChanges(before: object, after: object): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldChange[] = [];
  for (const field of keys) {
    const a = (before as Record<string, unknown>)[field];
    const b = (after as Record<string, unknown>)[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ field, before: a, after: b });
  }
  return out;
}

/** Changes from `before` to `after`, nodes first, each list in `after`'s order (removed ones in `before`'s). */
export function diffDatasets(before: Dataset, after: Dataset): Change[] {
  const nodeName = (n: MapNode) => [n.code, n.label ?? '(title not yet sourced)'].filter(Boolean).join(' ');
  const byId = new Map([...before.nodes, ...after.nodes].map((n) => [n.id, n]));
  const end = (id: string) => {
    const n = byId.get(id);
    return n ? (n.code ?? n.label ?? id) : id;
  };
  const linkName = (l: MapLink) => `${end(l.source)} → ${end(l.target)} (${l.relation})`;
  const changes: Change[] = [];
  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(after.nodes.map((n) => [n.id, n]));
  for (const n of after.nodes) {
    const old = oldNodes.get(n.id);
    if (!old) changes.push({ what: 'node', how: 'added', key: n.id, name: nodeName(n), fields: fieldChanges({}, n) });
    else {
      const fields = fieldChanges(old, n);
      if (fields.length > 0) changes.push({ what: 'node', how: 'changed', key: n.id, name: nodeName(n), fields });
    }
  }
  for (const n of before.nodes) {
    if (!newNodes.has(n.id)) changes.push({ what: 'node', how: 'removed', key: n.id, name: nodeName(n), fields: [] });
  }
  const oldLinks = new Map(before.links.map((l) => [linkKeyOf(l), l]));
  const newLinks = new Map(after.links.map((l) => [linkKeyOf(l), l]));
  for (const l of after.links) {
    const key = linkKeyOf(l);
    const old = oldLinks.get(key);
    if (!old) changes.push({ what: 'link', how: 'added', key, name: linkName(l), fields: fieldChanges({}, l) });
    else {
      const fields = fieldChanges(old, l);
      if (fields.length > 0) changes.push({ what: 'link', how: 'changed', key, name: linkName(l), fields });
    }
  }
  for (const l of before.links) {
    const key = linkKeyOf(l);
    if (!newLinks.has(key)) changes.push({ what: 'link', how: 'removed', key, name: linkName(l), fields: [] });
  }
  return changes;
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The changes as CSV rows (what, how, key, name, field, before, after), one row per changed field. */
export function changesTable(changes: readonly Change[]): string[][] {
  const rows: string[][] = [['what', 'how', 'key', 'name', 'field', 'before', 'after']];
  for (const c of changes) {
    if (c.how === 'changed')
      for (const f of c.fields) rows.push([c.what, c.how, c.key, c.name, f.field, show(f.before), show(f.after)]);
    else rows.push([c.what, c.how, c.key, c.name, '', '', '']);
  }
  return rows;
}
