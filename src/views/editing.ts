/** Helpers shared by the edit forms: lists typed as text, and validation of a dataset as an edit would leave it. */
import { CommandError, type Command } from '../model/commands';
import type { Dataset, SourceRef } from '../model/schema';
import { validateDataset } from '../model/validate';

/** "a; b | c" → ["a", "b", "c"]. */
export const splitList = (text: string): string[] =>
  text
    .split(/\s*[;|,]\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Citations as typed: `id` or `id (locator)`, separated by `;`. */
export function parseRefs(text: string): SourceRef[] {
  return text
    .split(/\s*;\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const m = /^(.*?)\s*\((.*)\)$/.exec(s);
      return m && m[1] ? { source: m[1], locator: m[2]! } : { source: s };
    });
}

export const formatRefs = (refs: readonly SourceRef[]): string =>
  refs.map((r) => (r.locator ? `${r.source} (${r.locator})` : r.source)).join('; ');

/**
 * The errors an edit would leave in the dataset, by the same rules as a file (`validateDataset`): those of the
 * item edited (`nodes[3]…`) in words, others as they are. Empty when the edit can be saved.
 */
export function editErrors(dataset: Dataset, command: Command, path: (after: Dataset) => string | null): string[] {
  let after: Dataset;
  try {
    after = command.apply(dataset);
  } catch (error) {
    return [error instanceof CommandError ? error.message : String(error)];
  }
  const prefix = path(after);
  return validateDataset(after)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => {
      if (prefix && p.path.startsWith(prefix)) {
        const field = p.path
          .slice(prefix.length)
          .replace(/^\./, '')
          .replace(/\[\d+\].*$/, '');
        return field ? `${field}: ${p.message}` : p.message;
      }
      return `${p.path}: ${p.message}`;
    });
}

/** A new node id from the kind and a name, not yet used. */
export function freshNodeId(dataset: Dataset, kind: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base = slug ? `${kind}-${slug}` : `${kind}-new`;
  const ids = new Set(dataset.nodes.map((n) => n.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}
