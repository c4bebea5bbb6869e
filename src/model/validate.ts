/**
 * Validation of a parsed dataset. Reports every problem at once, each with its JSON path, and never throws:
 * structural problems come from the zod schema, cross-references (ids, kinds, sources, links) from the
 * checks below, which read the raw value defensively so they still run when parts of it are malformed.
 */
import { DatasetSchema, type Dataset } from './schema';
import { formatPath, hasErrors, type Problem } from './problems';
import { checkLimits } from './limits';

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
/** An identifier as the schema reads it: without the spaces around it. */
const ident = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined);

/**
 * A set of identifiers that reports duplicates the way the schema will see them (spaces around an id do not make
 * it another id), naming both places, and warns about each id whose spaces will be dropped.
 */
function idRegistry(what: string, problems: Problem[]) {
  const first = new Map<string, { path: string; raw: string }>();
  return {
    ids: first,
    add(raw: string | undefined, path: string): string | undefined {
      if (raw === undefined) return undefined;
      const id = raw.trim();
      const seen = first.get(id);
      if (seen !== undefined) {
        const message =
          seen.raw === raw
            ? `duplicate ${what} "${id}" (first at ${seen.path})`
            : `duplicate ${what}: ${JSON.stringify(raw)} is the same as ${JSON.stringify(seen.raw)} at ${seen.path} once the spaces around it are removed`;
        problems.push({ severity: 'error', path, message });
      } else {
        first.set(id, { path, raw });
        spacesAround(raw, path, what, problems);
      }
      return id;
    },
  };
}

/** Warns that an identifier or reference has spaces around it, which are dropped when it is read. */
function spacesAround(raw: string, path: string, what: string, problems: Problem[]) {
  if (raw !== raw.trim() && raw.trim() !== '') {
    problems.push({
      severity: 'warning',
      path,
      message: `${what} ${JSON.stringify(raw)} has spaces around it; it is read as "${raw.trim()}"`,
    });
  }
}

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

  // Counts and lengths first: a file over the limits is refused before the schema walks it.
  const overLimits = checkLimits(value);
  if (overLimits.length > 0) return { problems: overLimits };

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
  const sources = idRegistry('source id', problems);
  const sourceIds = sources.ids;
  const meta = isRecord(value.meta) ? value.meta : {};
  arrayAt(meta, 'sources').forEach((s, i) => {
    const id = isRecord(s) ? sources.add(str(s.id), `meta.sources[${i}].id`) : undefined;
    if (id === undefined || !isRecord(s)) return;
    if (s.type === 'copy') {
      if (str(s.readIn) === undefined)
        error(`meta.sources[${i}].readIn`, `source "${id}" is a copy: give the address of the copy it was read in`);
    } else if (s.type !== 'file' && str(s.url) === undefined) {
      error(`meta.sources[${i}].url`, `source "${id}" needs the address of the document (url)`);
    }
  });
  const checkRefs = (owner: Raw, path: string) => {
    arrayAt(owner, 'sources').forEach((ref, j) => {
      const raw = isRecord(ref) ? str(ref.source) : undefined;
      const id = raw?.trim();
      if (raw !== undefined && id !== undefined && !sourceIds.has(id)) {
        error(`${path}.sources[${j}].source`, `unknown source id "${id}" (not in meta.sources)`);
      } else if (raw !== undefined) spacesAround(raw, `${path}.sources[${j}].source`, 'source reference', problems);
    });
  };

  const kinds = idRegistry('kind id', problems);
  const kindIds = kinds.ids;
  arrayAt(value, 'kinds').forEach((k, i) => {
    if (isRecord(k)) kinds.add(str(k.id), `kinds[${i}].id`);
  });

  const nodeRegistry = idRegistry('node id', problems);
  const nodeIds = nodeRegistry.ids;
  const nodes = arrayAt(value, 'nodes');
  nodes.forEach((n, i) => {
    if (!isRecord(n)) return;
    const path = `nodes[${i}]`;
    nodeRegistry.add(str(n.id), `${path}.id`);
    const rawKind = str(n.kind);
    const kind = rawKind?.trim();
    if (kind !== undefined && kind !== '' && !kindIds.has(kind)) {
      error(`${path}.kind`, `unknown kind "${kind}"${nodeName(n)}; declared kinds: ${[...kindIds.keys()].join(', ')}`);
    } else if (rawKind !== undefined) spacesAround(rawKind, `${path}.kind`, 'kind', problems);
    checkRefs(n, path);
    if (n.label === null) warning(`${path}.label`, `title not yet sourced${nodeName(n)}`);
  });

  const relations = idRegistry('relation id', problems);
  const relationIds = relations.ids;
  const declaresRelations = Array.isArray(value.relations);
  arrayAt(value, 'relations').forEach((r, i) => {
    if (isRecord(r)) relations.add(str(r.id), `relations[${i}].id`);
  });

  const linked = new Set<string>();
  const linkKeys = new Map<string, number>();
  arrayAt(value, 'links').forEach((l, i) => {
    if (!isRecord(l)) return;
    const path = `links[${i}]`;
    const source = ident(l.source);
    const target = ident(l.target);
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (id !== undefined && id !== '' && !nodeIds.has(id))
        error(`${path}.${end}`, `link ${end} "${id}" is not a node id`);
      else if (id !== undefined) spacesAround(str(l[end]) ?? '', `${path}.${end}`, `link ${end}`, problems);
    }
    if (source !== undefined && source === target) error(path, `self-link: "${source}" links to itself`);
    if (source !== undefined && target !== undefined) {
      linked.add(source);
      linked.add(target);
      const key = `${source}\u0000${target}\u0000${ident(l.relation) ?? ''}`;
      const first = linkKeys.get(key);
      if (first !== undefined) {
        error(path, `duplicate link: "${source}" ${ident(l.relation) ?? ''} "${target}" already at links[${first}]`);
      } else linkKeys.set(key, i);
    }
    const relation = ident(l.relation);
    if (declaresRelations && relation !== undefined && relation !== '' && !relationIds.has(relation)) {
      error(
        `${path}.relation`,
        `unknown relation "${relation}"; declared relations: ${[...relationIds.keys()].join(', ') || '(none)'}`,
      );
    } else if (relation !== undefined) spacesAround(str(l.relation) ?? '', `${path}.relation`, 'relation', problems);
    const basis = str(l.basis);
    if ((basis === 'derived' || basis === 'proposed') && (str(l.note) ?? '').trim() === '') {
      error(`${path}.note`, `a ${basis} link needs a note saying ${basis === 'derived' ? 'how it follows' : 'why'}`);
    }
    checkRefs(l, path);
  });

  nodes.forEach((n, i) => {
    const id = isRecord(n) ? ident(n.id) : undefined;
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
