/**
 * Editing the map in place: undo and redo (also Ctrl+Z and Ctrl+Shift+Z), add, change and delete items and links,
 * the list of changes since the dataset was opened, local maps, and a link that carries the dataset.
 */
import { useEffect, useMemo, useState } from 'react';
import { removeLink, removeNode } from '../model/commands';
import { diffDatasets } from '../model/diff';
import type { Dataset, MapLink } from '../model/schema';
import { useAppStore, type AppState } from '../store/store';
import { ChangesDialog } from './ChangesDialog';
import { LinkForm } from './LinkForm';
import { MapsDialog } from './MapsDialog';
import { NodeForm } from './NodeForm';
import { ShareDialog } from './ShareDialog';
import { Modal } from './Modal';

const selectDataset = (s: AppState) => s.dataset;
const selectPast = (s: AppState) => s.past;
const selectFuture = (s: AppState) => s.future;
const selectFocus = (s: AppState) => s.focusId;
const selectBaseline = (s: AppState) => s.baseline;
const selectCopy = (s: AppState) => s.workCopy;

type Open =
  | { kind: 'node'; id: string | null }
  | { kind: 'link'; link: MapLink | null; source?: string; target?: string }
  | { kind: 'links' }
  | { kind: 'changes' }
  | { kind: 'maps' }
  | { kind: 'share' }
  | null;

/** Opens the link form from elsewhere (a drag between two nodes on the map). */
let openLinkForm: ((source: string, target: string) => void) | null = null;
export function requestLink(source: string, target: string): void {
  openLinkForm?.(source, target);
}

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

export function EditBar() {
  const dataset = useAppStore(selectDataset);
  const past = useAppStore(selectPast);
  const future = useAppStore(selectFuture);
  const focusId = useAppStore(selectFocus);
  const baseline = useAppStore(selectBaseline);
  const copy = useAppStore(selectCopy);
  const [open, setOpen] = useState<Open>(null);

  useEffect(() => {
    openLinkForm = (source, target) => setOpen({ kind: 'link', link: null, source, target });
    return () => {
      openLinkForm = null;
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      const { undo, redo } = useAppStore.getState();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const changes = useMemo(
    () => (dataset && baseline && dataset !== baseline ? diffDatasets(baseline, dataset) : []),
    [dataset, baseline],
  );
  if (!dataset) return null;
  const focused = focusId ? dataset.nodes.find((n) => n.id === focusId) : undefined;
  const { undo, redo, runCommand } = useAppStore.getState();
  const lastDone = past[past.length - 1]?.command.label;
  const nextRedo = future[future.length - 1]?.command.label;
  const focusedName = focused ? (focused.code ?? focused.label ?? focused.id) : '';
  return (
    <div className="own-editbar" role="toolbar" aria-label="Edit">
      <button
        type="button"
        onClick={undo}
        disabled={!lastDone}
        title={lastDone ? `Undo: ${lastDone} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!nextRedo}
        title={nextRedo ? `Redo: ${nextRedo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
      <span className="own-sep" />
      <button type="button" onClick={() => setOpen({ kind: 'node', id: null })}>
        Add item…
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'link', link: null, source: focused?.id })}>
        Add link…
      </button>
      {focused ? (
        <>
          <button type="button" onClick={() => setOpen({ kind: 'node', id: focused.id })}>
            Edit {focusedName}…
          </button>
          <button type="button" onClick={() => setOpen({ kind: 'links' })}>
            Links of {focusedName}…
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(`Delete ${focusedName} and its links? (Undo brings them back.)`))
                runCommand(removeNode(focused.id));
            }}
          >
            Delete {focusedName}
          </button>
        </>
      ) : null}
      <span className="own-sep" />
      <button type="button" onClick={() => setOpen({ kind: 'changes' })} disabled={changes.length === 0}>
        Changes ({changes.length})
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'maps' })}>
        Local maps…
      </button>
      <button type="button" onClick={() => setOpen({ kind: 'share' })}>
        Share with data…
      </button>
      {copy ? (
        <span className="own-muted" data-testid="work-copy">
          Saved in this browser as ‘{copy.name}’
        </span>
      ) : null}

      {open?.kind === 'node' ? (
        <NodeForm
          dataset={dataset}
          node={open.id ? (dataset.nodes.find((n) => n.id === open.id) ?? null) : null}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'link' ? (
        <LinkForm
          dataset={dataset}
          link={open.link}
          initial={{ ...(open.source ? { source: open.source } : {}), ...(open.target ? { target: open.target } : {}) }}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'links' && focused ? (
        <LinksOf
          dataset={dataset}
          id={focused.id}
          name={focusedName}
          onEdit={(link) => setOpen({ kind: 'link', link })}
          onAdd={() => setOpen({ kind: 'link', link: null, source: focused.id })}
          onRemove={(link) => runCommand(removeLink(link))}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'changes' ? <ChangesDialog changes={changes} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'maps' ? <MapsDialog onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'share' ? <ShareDialog dataset={dataset} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function LinksOf(props: {
  dataset: Dataset;
  id: string;
  name: string;
  onEdit: (link: MapLink) => void;
  onAdd: () => void;
  onRemove: (link: MapLink) => void;
  onClose: () => void;
}) {
  const { dataset, id } = props;
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const name = (nid: string) => {
    const n = byId.get(nid);
    return n ? [n.code, n.label].filter(Boolean).join(' ') || nid : nid;
  };
  const links = dataset.links.filter((l) => l.source === id || l.target === id);
  return (
    <Modal title={`Links of ${props.name}`} onClose={props.onClose} testId="links-of">
      {links.length === 0 ? <p>No links yet.</p> : null}
      <ul className="own-list">
        {links.map((l) => {
          const text = `${name(l.source)} → ${name(l.target)} (${l.relation}, ${l.basis})`;
          return (
            <li key={`${l.source}|${l.target}|${l.relation}`}>
              <span>{text}</span>
              <button type="button" onClick={() => props.onEdit(l)} aria-label={`Edit link ${text}`}>
                Edit
              </button>
              <button type="button" onClick={() => props.onRemove(l)} aria-label={`Delete link ${text}`}>
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      <div className="own-actions">
        <button type="button" onClick={props.onAdd}>
          Add a link from {props.name}…
        </button>
        <span className="own-spacer" />
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
