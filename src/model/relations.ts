/** What each relation of a dataset carries: contribution (chains walk through it) or membership (grouping). */
import type { Carries, Dataset } from './schema';

/** Relations read as membership when a dataset does not declare its relations. */
export const DEFAULT_MEMBERSHIP: ReadonlySet<string> = new Set(['belongs-to', 'part-of', 'member-of']);

/**
 * A lookup from relation id to what it carries, from the dataset's `relations` when declared, else from
 * {@link DEFAULT_MEMBERSHIP} (everything else is contribution).
 */
export function relationCarries(dataset: Pick<Dataset, 'relations'>): (relation: string) => Carries {
  const declared = new Map((dataset.relations ?? []).map((r) => [r.id, r.carries] as const));
  return (relation) => declared.get(relation) ?? (DEFAULT_MEMBERSHIP.has(relation) ? 'membership' : 'contribution');
}
