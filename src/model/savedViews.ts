/**
 * Saved views: named views (filters, focus, view mode, camera, as the link's query string) with an optional note,
 * kept in the dataset's `views`, so an exported dataset carries them and an opened one shows its own.
 * Pure: list edits as commands (undoable through the store), merging a browser's copy, and naming new views.
 */
import type { Command } from './commands';
import type { Dataset, SavedView } from './schema';

/** Replaces the dataset's saved views; undoing brings the previous list back. */
export function setViews(views: readonly SavedView[], label: string): Command {
  return {
    label,
    apply: (dataset: Dataset) => ({ ...dataset, views: [...views] }),
    invert: (before: Dataset) => setViews(before.views, `Undo: ${label}`),
  };
}

/** A new id not used by `views`, from the name: "Goal 2 in Africa" → "goal-2-in-africa" (or "-2", "-3" …). */
export function newViewId(name: string, views: readonly SavedView[]): string {
  const stem =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'view';
  const taken = new Set(views.map((v) => v.id));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export function addView(views: readonly SavedView[], view: Omit<SavedView, 'id'>): SavedView[] {
  return [...views, { ...view, id: newViewId(view.name, views) }];
}

export function renameView(views: readonly SavedView[], id: string, name: string): SavedView[] {
  return views.map((v) => (v.id === id ? { ...v, name } : v));
}

export function updateView(views: readonly SavedView[], id: string, patch: Partial<Omit<SavedView, 'id'>>) {
  return views.map((v) => {
    if (v.id !== id) return v;
    const next = { ...v, ...patch };
    if (next.description === undefined || next.description === '') delete next.description;
    return next;
  });
}

export function removeView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((v) => v.id !== id);
}

/** Moves a view `by` places (−1 up, +1 down), staying within the list. */
export function moveView(views: readonly SavedView[], id: string, by: number): SavedView[] {
  const from = views.findIndex((v) => v.id === id);
  if (from < 0) return [...views];
  const to = Math.max(0, Math.min(views.length - 1, from + by));
  const copy = [...views];
  const [moved] = copy.splice(from, 1);
  if (moved) copy.splice(to, 0, moved);
  return copy;
}

/**
 * The dataset's views with a browser's copy merged in: the browser's list wins for views it holds (it is the
 * newer edit, in its order), and views only the dataset has are kept after them.
 */
export function mergeViews(fromDataset: readonly SavedView[], fromBrowser: readonly SavedView[]): SavedView[] {
  const ids = new Set(fromBrowser.map((v) => v.id));
  return [...fromBrowser, ...fromDataset.filter((v) => !ids.has(v.id))];
}

export function sameViews(a: readonly SavedView[], b: readonly SavedView[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
