/**
 * The toolbar's "Save view…" and "Views" buttons: a dialog that names the view on screen (with an optional note),
 * and a panel listing the dataset's saved views. Views are kept in the dataset (so exports carry them) and in the
 * browser (so they survive a reload); every change is an undoable dataset command.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore, type AppState } from '../store/store';
import { addView, moveView, removeView, renameView, updateView } from '../model/savedViews';
import { currentViewQuery, editViews, matchingViewId, openView } from '../store/savedViewsStore';
import { viewSubject } from '../model/viewTitle';
import type { SavedView } from '../model/schema';
import { ViewsList } from './ViewsList';
import './meetings.css';

const selectDataset = (s: AppState) => s.dataset;
const selectViews = (s: AppState) => s.dataset?.views ?? NO_VIEWS;
const NO_VIEWS: readonly SavedView[] = [];
const selectCurrentId = (s: AppState) => matchingViewId(s);

export function SaveViewButton() {
  const dataset = useAppStore(selectDataset);
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const id = useId();
  const open = () => {
    const s = useAppStore.getState();
    setName(s.dataset ? viewSubject(s.dataset, { filters: s.filters, focus: s.focusId }) : '');
    setNote('');
    dialog.current?.showModal();
  };
  const save = () => {
    const s = useAppStore.getState();
    const trimmed = name.trim();
    if (!s.dataset || !trimmed) return;
    const view = { name: trimmed, state: currentViewQuery(s), ...(note.trim() ? { description: note.trim() } : {}) };
    editViews(addView(s.dataset.views, view), `Save view ‘${trimmed}’`);
    dialog.current?.close();
  };
  return (
    <>
      <button type="button" onClick={open} disabled={!dataset} aria-haspopup="dialog">
        Save view…
      </button>
      {createPortal(
        <dialog ref={dialog} className="save-view-dialog" aria-labelledby={`${id}-title`}>
          <form
            method="dialog"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <h2 id={`${id}-title`}>Save view</h2>
            <p className="save-view-what">
              Keeps the filters, focus, view and what the map shows, in this dataset (exports carry it) and in this
              browser.
            </p>
            <label>
              Name
              <input required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
            </label>
            <label>
              Note <span className="save-view-optional">(optional; shown as the caption when presenting)</span>
              <textarea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <div className="save-view-buttons">
              <button type="button" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={!name.trim()}>
                Save
              </button>
            </div>
          </form>
        </dialog>,
        document.body,
      )}
    </>
  );
}

export function ViewsButton() {
  const dataset = useAppStore(selectDataset);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const count = dataset?.views.length ?? 0;
  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={!dataset}
        onClick={() => setOpen((o) => !o)}
      >
        Views{count > 0 ? ` (${count})` : ''}
      </button>
      {open
        ? createPortal(
            <ViewsPanel
              id={panelId}
              onClose={() => {
                setOpen(false);
                trigger.current?.focus();
              }}
            />,
            document.body,
          )
        : null}
    </>
  );
}

function ViewsPanel({ id, onClose }: { id: string; onClose(): void }) {
  const views = useAppStore(selectViews);
  const currentId = useAppStore(selectCurrentId);
  const panel = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  const list = () => useAppStore.getState().dataset?.views ?? [];
  return (
    <section
      id={id}
      ref={panel}
      className="views-panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="views-head">
        <h2 id={`${id}-title`} tabIndex={-1}>
          Saved views
        </h2>
        <button type="button" className="views-close" onClick={onClose} aria-label="Close saved views">
          ×
        </button>
      </header>
      <ViewsList
        views={views}
        currentId={currentId}
        onOpen={(view) => {
          const ignored = openView(view);
          setStatus(
            ignored.length > 0 ? `Opened ‘${view.name}’; ignored: ${ignored.join('; ')}` : `Opened ‘${view.name}’`,
          );
        }}
        onRename={(view, name) => {
          editViews(renameView(list(), view.id, name), `Rename view ‘${view.name}’ to ‘${name}’`);
          setStatus(`Renamed to ‘${name}’`);
        }}
        onMove={(view, by) => editViews(moveView(list(), view.id, by), `Move view ‘${view.name}’`)}
        onUpdate={(view) => {
          editViews(updateView(list(), view.id, { state: currentViewQuery() }), `Update view ‘${view.name}’`);
          setStatus(`‘${view.name}’ now shows what is on screen`);
        }}
        onDelete={(view) => {
          editViews(removeView(list(), view.id), `Delete view ‘${view.name}’`);
          setStatus(`Deleted ‘${view.name}’`);
        }}
      />
      <p className="views-status" role="status">
        {status}
        {status.startsWith('Deleted') ? (
          <button
            type="button"
            onClick={() => {
              useAppStore.getState().undo();
              setStatus('Delete undone');
            }}
          >
            Undo
          </button>
        ) : null}
      </p>
      <p className="views-hint">
        A link can open a view by its id: add <code>?view=</code> and the id to the app’s address.
      </p>
    </section>
  );
}
