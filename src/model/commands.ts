/**
 * Changes to a dataset as values: each command applies to a dataset and returns a new one (never mutating it), and
 * knows how to undo itself. The store runs every dataset change through `runCommand`, which keeps the undo and
 * redo stacks, so undo, autosave and a "what changed" list need no help from the callers.
 *
 * `apply` throws a `CommandError` when the dataset does not hold what the command needs (the node to update is
 * gone, the id is taken): callers check first, the error says what was wrong in plain words.
 */
import type { Dataset, MapLink, MapNode } from './schema';

export interface Command {
  /** What the command does, in plain words, for an undo button's title or a list of changes. */
  readonly label: string;
  /** A new dataset with the change made; `dataset` is left as it was. */
  apply(dataset: Dataset): Dataset;
  /** The command that takes the result of `apply(before)` back to `before`. */
  invert(before: Dataset): Command;
}

export class CommandError extends Error {
  override name = 'CommandError';
}

/** The three fields that tell links apart (see `linkKey`). */
export type LinkRef = Pick<MapLink, 'source' | 'target' | 'relation'>;

/** Changes to some fields; a field given as `undefined` is removed. */
export type NodePatch = Partial<Omit<MapNode, 'id'>>;
export type LinkPatch = Partial<MapLink>;

const sameLink = (a: LinkRef, b: LinkRef) =>
  a.source === b.source && a.target === b.target && a.relation === b.relation;
const describeLink = (l: LinkRef) => `${l.source} → ${l.target} (${l.relation})`;

/** Inserts at `at`, or at the end when `at` is absent or past the end. */
function insertAt<T>(list: readonly T[], item: T, at?: number): T[] {
  const copy = [...list];
  copy.splice(at === undefined ? copy.length : Math.max(0, at), 0, item);
  return copy;
}

function patched<T extends object>(item: T, patch: Partial<T>): T {
  const next = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/** The values `patch` would overwrite, as a patch (absent fields as `undefined`, so undoing removes them again). */
function previous<T extends object>(item: T, patch: Partial<T>): Partial<T> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) before[key] = (item as Record<string, unknown>)[key];
  return before as Partial<T>;
}

function nodeAt(dataset: Dataset, id: string): number {
  const at = dataset.nodes.findIndex((n) => n.id === id);
  if (at < 0) throw new CommandError(`There is no node ‘${id}’ in the dataset.`);
  return at;
}

function linkAt(dataset: Dataset, ref: LinkRef): number {
  const at = dataset.links.findIndex((l) => sameLink(l, ref));
  if (at < 0) throw new CommandError(`There is no link ${describeLink(ref)} in the dataset.`);
  return at;
}

/** Replaces the whole dataset (an import, a merge); undoing brings the previous one back. */
export function replaceDataset(next: Dataset, label = 'Replace the dataset'): Command {
  return { label, apply: () => next, invert: (before) => replaceDataset(before, `Undo: ${label}`) };
}

/**
 * Adds a node, at position `at` in the node list (the end by default), with `links` (each at its own position,
 * to restore a removed node exactly).
 */
export function addNode(node: MapNode, at?: number, links: { link: MapLink; at?: number }[] = []): Command {
  return {
    label: `Add ${node.code ?? node.id}`,
    apply(dataset) {
      if (dataset.nodes.some((n) => n.id === node.id)) {
        throw new CommandError(`A node ‘${node.id}’ is already in the dataset.`);
      }
      let next: Dataset = { ...dataset, nodes: insertAt(dataset.nodes, node, at) };
      // In ascending position, so each lands where it was.
      for (const entry of [...links].sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity))) {
        next = addLink(entry.link, entry.at).apply(next);
      }
      return next;
    },
    invert: () => removeNode(node.id),
  };
}

/** Changes fields of a node (not its id). */
export function updateNode(id: string, patch: NodePatch): Command {
  return {
    label: `Edit ${id}`,
    apply(dataset) {
      const at = nodeAt(dataset, id);
      const nodes = [...dataset.nodes];
      nodes[at] = { ...patched(dataset.nodes[at]!, patch), id };
      return { ...dataset, nodes };
    },
    invert: (before) => updateNode(id, previous(before.nodes[nodeAt(before, id)]!, patch)),
  };
}

/** Removes a node and every link that touches it. */
export function removeNode(id: string): Command {
  return {
    label: `Remove ${id}`,
    apply(dataset) {
      nodeAt(dataset, id);
      return {
        ...dataset,
        nodes: dataset.nodes.filter((n) => n.id !== id),
        links: dataset.links.filter((l) => l.source !== id && l.target !== id),
      };
    },
    invert(before) {
      const at = nodeAt(before, id);
      const links = before.links.flatMap((link, i) =>
        link.source === id || link.target === id ? [{ link, at: i }] : [],
      );
      return addNode(before.nodes[at]!, at, links);
    },
  };
}

/** Adds a link at position `at` in the link list (the end by default). Its ends must be nodes of the dataset. */
export function addLink(link: MapLink, at?: number): Command {
  return {
    label: `Link ${describeLink(link)}`,
    apply(dataset) {
      for (const end of [link.source, link.target]) nodeAt(dataset, end);
      if (dataset.links.some((l) => sameLink(l, link))) {
        throw new CommandError(`The link ${describeLink(link)} is already in the dataset.`);
      }
      return { ...dataset, links: insertAt(dataset.links, link, at) };
    },
    invert: () => removeLink(link),
  };
}

/** Changes fields of a link, which may include its ends or relation. */
export function updateLink(ref: LinkRef, patch: LinkPatch): Command {
  return {
    label: `Edit the link ${describeLink(ref)}`,
    apply(dataset) {
      const at = linkAt(dataset, ref);
      const link = patched(dataset.links[at]!, patch);
      for (const end of [link.source, link.target]) nodeAt(dataset, end);
      if (dataset.links.some((l, i) => i !== at && sameLink(l, link))) {
        throw new CommandError(`The link ${describeLink(link)} is already in the dataset.`);
      }
      const links = [...dataset.links];
      links[at] = link;
      return { ...dataset, links };
    },
    invert(before) {
      const link = before.links[linkAt(before, ref)]!;
      const after = patched(link, patch);
      return updateLink(after, previous(link, patch));
    },
  };
}

export function removeLink(ref: LinkRef): Command {
  return {
    label: `Remove the link ${describeLink(ref)}`,
    apply(dataset) {
      const at = linkAt(dataset, ref);
      return { ...dataset, links: dataset.links.filter((_, i) => i !== at) };
    },
    invert: (before) => {
      const at = linkAt(before, ref);
      return addLink(before.links[at]!, at);
    },
  };
}

/** Several commands as one step (one undo). All or nothing: if one fails, the dataset is left as it was. */
export function batch(label: string, commands: readonly Command[]): Command {
  return {
    label,
    apply: (dataset) => commands.reduce((d, c) => c.apply(d), dataset),
    invert(before) {
      const inverses: Command[] = [];
      let d = before;
      for (const c of commands) {
        inverses.unshift(c.invert(d));
        d = c.apply(d);
      }
      return batch(`Undo: ${label}`, inverses);
    },
  };
}
