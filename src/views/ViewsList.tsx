/** The list of saved views: open, rename, reorder, update to what is on screen, delete. Props in, events out. */
import { useState } from 'react';
import type { SavedView } from '../model/schema';

export interface ViewsListProps {
  views: readonly SavedView[];
  /** The view on screen, marked as current. */
  currentId: string | null;
  onOpen(view: SavedView): void;
  onRename(view: SavedView, name: string): void;
  onMove(view: SavedView, by: -1 | 1): void;
  onUpdate(view: SavedView): void;
  onDelete(view: SavedView): void;
}

export function ViewsList({ views, currentId, onOpen, onRename, onMove, onUpdate, onDelete }: ViewsListProps) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  if (views.length === 0)
    return (
      <p className="views-empty">
        No saved views yet. Set up the map as you want to show it, then choose <strong>Save view…</strong>.
      </p>
    );
  return (
    <ol className="views-list" aria-label="Saved views">
      {views.map((view, i) => (
        <li key={view.id} className="views-item" aria-current={view.id === currentId ? 'true' : undefined}>
          {renaming === view.id ? (
            <form
              className="views-rename"
              onSubmit={(e) => {
                e.preventDefault();
                const name = draft.trim();
                if (name) onRename(view, name);
                setRenaming(null);
              }}
            >
              <label>
                <span className="sr-only">New name for {view.name}</span>
                <input
                  autoFocus
                  value={draft}
                  maxLength={120}
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.preventDefault();
                      e.stopPropagation();
                      setRenaming(null);
                    }
                  }}
                />
              </label>
              <button type="submit">Rename</button>
            </form>
          ) : (
            <button type="button" className="views-open" onClick={() => onOpen(view)}>
              <span className="views-step">{i + 1}</span>
              <span className="views-name">{view.name}</span>
            </button>
          )}
          {view.description ? <p className="views-note">{view.description}</p> : null}
          <div className="views-actions" role="group" aria-label={`Actions for ${view.name}`}>
            <button
              type="button"
              onClick={() => {
                setDraft(view.name);
                setRenaming(view.id);
              }}
              aria-label={`Rename ${view.name}`}
            >
              Rename
            </button>
            <button
              type="button"
              onClick={() => onUpdate(view)}
              aria-label={`Update ${view.name} to what is on screen`}
              title="Replace this view’s settings with what is on screen now"
            >
              Update
            </button>
            <button
              type="button"
              disabled={i === 0}
              onClick={() => onMove(view, -1)}
              aria-label={`Move ${view.name} up`}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === views.length - 1}
              onClick={() => onMove(view, 1)}
              aria-label={`Move ${view.name} down`}
            >
              ↓
            </button>
            <button type="button" onClick={() => onDelete(view)} aria-label={`Delete ${view.name}`}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
