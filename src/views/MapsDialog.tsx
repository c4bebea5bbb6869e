/**
 * The maps kept in this browser: open, rename, delete; reset to the built-in dataset (asks first); templates.
 */
import { useEffect, useState } from 'react';
import { ITU_KINDS } from '../model/ituKinds';
import { useAppStore } from '../store/store';
import { deleteMap, forgetLast, listMaps, loadMap, renameMap, type MapSummary } from '../store/localMaps';
import { loadDatasetUrl } from '../store/loadDataset';
import { Modal } from './Modal';
import { TemplateButtons } from './TemplateButtons';
import ituUrl from '../../data/itu.json?url';

/** Opens a saved map as the working copy. */
export async function openSavedMap(id: string): Promise<boolean> {
  const saved = await loadMap(id);
  if (!saved) return false;
  useAppStore.getState().openWorkCopy(saved.dataset, saved.baseline, { id: saved.id, name: saved.name });
  return true;
}

export function MapsDialog({ onClose }: { onClose: () => void }) {
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const current = useAppStore((s) => s.workCopy?.id);
  const refresh = () => void listMaps().then(setMaps, () => setMaps([]));
  useEffect(refresh, []);
  return (
    <Modal title="Maps kept in this browser" onClose={onClose} wide testId="maps">
      <p className="own-hint">
        Every change is saved here as you make it. Maps stay in this browser only: export a map to share it or keep a
        copy.
      </p>
      {maps === null ? <p>Reading…</p> : maps.length === 0 ? <p>No maps kept yet: edit or import one.</p> : null}
      <ul className="own-list">
        {(maps ?? []).map((m) => (
          <li key={m.id}>
            <span>
              <strong>{m.name}</strong> — {m.nodes} items, {m.links} links, saved {new Date(m.savedAt).toLocaleString()}
              {m.id === current ? ' (open)' : ''}
            </span>
            <button type="button" aria-label={`Open ${m.name}`} onClick={() => void openSavedMap(m.id).then(onClose)}>
              Open
            </button>
            <button
              type="button"
              aria-label={`Rename ${m.name}`}
              onClick={() => {
                const name = window.prompt('New name for this map', m.name)?.trim();
                if (!name) return;
                void renameMap(m.id, name).then(() => {
                  if (m.id === useAppStore.getState().workCopy?.id)
                    useAppStore.getState().setWorkCopy({ id: m.id, name });
                  refresh();
                });
              }}
            >
              Rename
            </button>
            <button
              type="button"
              aria-label={`Delete ${m.name}`}
              onClick={() => {
                if (!window.confirm(`Delete the map ‘${m.name}’ from this browser? This cannot be undone.`)) return;
                void deleteMap(m.id).then(() => {
                  if (m.id === useAppStore.getState().workCopy?.id) useAppStore.getState().setWorkCopy(null);
                  refresh();
                });
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <div className="own-actions">
        <TemplateButtons kinds={ITU_KINDS} />
        <span className="own-spacer" />
        <button
          type="button"
          onClick={() => {
            if (
              !window.confirm(
                'Reset to the built-in ITU dataset? Your maps stay kept here, but the map on screen will show the built-in data.',
              )
            )
              return;
            void forgetLast()
              .then(() => loadDatasetUrl(ituUrl, 'itu.json'))
              .then(onClose);
          }}
        >
          Reset to the built-in dataset…
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
