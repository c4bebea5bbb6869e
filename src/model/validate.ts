/**
 * Validation of a parsed dataset. Reports every problem at once, each with its JSON path, and never throws:
 * structural problems come from the zod schema, cross-references (ids, kinds, sources, links) from the
 * checks below, which read the raw value defensively so they still run when parts of it are malformed.
 */
import { DatasetSchema, type Dataset } from './schema';
import { formatPath, hasErrors, type Problem } from './problems';

export interface ValidationResult {
  /** The dataset, present only when there are no errors (warnings allowed). */
  dataset?: Dataset;
  problems: Problem[];
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayAt = (v: Raw, key: string): unknown[] => {
  const a = v[key];
  return Array.isArray(a) ? a : [];
};
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Describes a node or link by what a person would recognise, for messages. */
function nodeName(node: Raw): string {
  const id = str(node.id);
  return id === undefined ? '' : ` (id "${id}")`;
}

export function validateDataset(value: unknown): ValidationResult {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ severity: 'error', path, message });
  const warning = (path: string, message: string) => problems.push({ severity: 'warning', path, message });

  if (!isRecord(value)) {
    error('(root)', 'the file must contain a JSON object with formatVersion, meta, kinds, nodes, links and views');
    return { problems };
  }
  if (typeof value.formatVersion === 'number' && value.formatVersion !== 1) {
    error('formatVersion', `format version ${value.formatVersion} is not supported by this app (it reads version 1)`);
  }

  const parsed = DatasetSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      if (path === 'formatVersion' && typeof value.formatVersion === 'number') continue; // reported above
      const item = itemAt(value, issue.path);
      error(path, `${issue.message}${item ? nodeName(item) : ''}`);
    }
  }

  // Cross-reference checks on the raw value.
  const sourceIds = new Set<string>();
  const meta = isRecord(value.meta) ? value.meta : {};
  arrayAt(meta, 'sources').forEach((s, i) => {
    const id = isRecord(s) ? str(s.id) : undefined;
    if (id === undefined) return;
    if (sourceIds.has(id)) error(`meta.sources[${i}].id`, `duplicate source id "${id}"`);
    sourceIds.add(id);
    if (!isRecord(s)) return;
    if (s.type === 'copy') {
      if (str(s.readIn) === undefined)
        error(`meta.sources[${i}].readIn`, `source "${id}" is a copy: give the address of the copy it was read in`);
    } else if (s.type !== 'file' && str(s.url) === undefined) {
      error(`meta.sources[${i}].url`, `source "${id}" needs the address of the document (url)`);
    }
  });
  const checkRefs = (owner: Raw, path: string) => {
    arrayAt(owner, 'sources').forEach((ref, j) => {
      const id = isRecord(ref) ? str(ref.source) : undefined;
      if (id !== undefined && !sourceIds.has(id)) {
        error(`${path}.sources[${j}].source`, `unknown source id "${id}" (not in meta.sources)`);
      }
    });
  };

  const kindIds = new Set<string>();
  arrayAt(value, 'kinds').forEach((k, i) => {
    const id = isRecord(k) ? str(k.id) : undefined;
    if (id === undefined) return;
    if (kindIds.has(id)) error(`kinds[${i}].id`, `duplicate kind id "${id}"`);
    kindIds.add(id);
  });

  const nodeIds = new Set<string>();
  const nodes = arrayAt(value, 'nodes');
  nodes.forEach((n, i) => {
    if (!isRecord(n)) return;
    const path = `nodes[${i}]`;
    const id = str(n.id);
    if (id !== undefined) {
      if (nodeIds.has(id)) error(`${path}.id`, `duplicate node id "${id}"`);
      nodeIds.add(id);
    }
    const kind = str(n.kind);
    if (kind !== undefined && kind !== '' && !kindIds.has(kind)) {
      error(`${path}.kind`, `unknown kind "${kind}"${nodeName(n)}; declared kinds: ${[...kindIds].join(', ')}`);
    }
    checkRefs(n, path);
    if (n.label === null) warning(`${path}.label`, `title not yet sourced${nodeName(n)}`);
  });

  const relationIds = new Set<string>();
  const declaresRelations = Array.isArray(value.relations);
  arrayAt(value, 'relations').forEach((r, i) => {
    const id = isRecord(r) ? str(r.id) : undefined;
    if (id === undefined) return;
    if (relationIds.has(id)) error(`relations[${i}].id`, `duplicate relation id "${id}"`);
    relationIds.add(id);
  });

  const linked = new Set<string>();
  const linkKeys = new Map<string, number>();
  arrayAt(value, 'links').forEach((l, i) => {
    if (!isRecord(l)) return;
    const path = `links[${i}]`;
    const source = str(l.source);
    const target = str(l.target);
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (id !== undefined && id !== '' && !nodeIds.has(id))
        error(`${path}.${end}`, `link ${end} "${id}" is not a node id`);
    }
    if (source !== undefined && source === target) error(path, `self-link: "${source}" links to itself`);
    if (source !== undefined && target !== undefined) {
      linked.add(source);
      linked.add(target);
      const key = `${source}\u0000${target}\u0000${str(l.relation) ?? ''}`;
      const first = linkKeys.get(key);
      if (first !== undefined) {
        error(path, `duplicate link: "${source}" ${str(l.relation) ?? ''} "${target}" already at links[${first}]`);
      } else linkKeys.set(key, i);
    }
    const relation = str(l.relation);
    if (declaresRelations && relation !== undefined && relation !== '' && !relationIds.has(relation)) {
      error(
        `${path}.relation`,
        `unknown relation "${relation}"; declared relations: ${[...relationIds].join(', ') || '(none)'}`,
      );
    }
    const basis = str(l.basis);
    if ((basis === 'derived' || basis === 'proposed') && (str(l.note) ?? '').trim() === '') {
      error(`${path}.note`, `a ${basis} link needs a note saying ${basis === 'derived' ? 'how it follows' : 'why'}`);
    }
    checkRefs(l, path);
  });

  nodes.forEach((n, i) => {
    const id = isRecord(n) ? str(n.id) : undefined;
    if (id !== undefined && !linked.has(id)) warning(`nodes[${i}]`, `node "${id}" has no links`);
  });

  problems.sort((a, b) => severityRank(a) - severityRank(b));
  if (hasErrors(problems) || !parsed.success) return { problems };
  return { dataset: parsed.data, problems };
}

const severityRank = (p: Problem) => (p.severity === 'error' ? 0 : 1);

/** The node or link object an issue path points into, for naming it in the message. */
function itemAt(value: Raw, path: readonly PropertyKey[]): Raw | undefined {
  const [collection, index] = path;
  if ((collection !== 'nodes' && collection !== 'links') || typeof index !== 'number') return undefined;
  const item = arrayAt(value, collection)[index];
  return isRecord(item) && collection === 'nodes' ? item : undefined;
}
