/**
 * Where opened and dropped files go: one JSON dataset is opened as before (validated; a bad file never replaces
 * the map); CSV and XLSX files go through the mapping step. Files can be dropped anywhere on the window.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ImportContext, ImportPlan } from '../io/import';
import { toProblem } from '../io/import/types';
import { ITU_KINDS } from '../model/ituKinds';
import type { Dataset, Kind } from '../model/schema';
import { useAppStore } from '../store/store';
import { newMapId, saveMap } from '../store/localMaps';
// The import's readers and its mapping dialog load on the first file (they are not needed to show the map).
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

type Listener = (files: File[]) => void;
const listeners = new Set<Listener>();

/** Sends files to the import (from Open… or a drop). */
export function openFiles(files: File[]): void {
  for (const l of listeners) l(files);
}

/** The kinds an import matches: the open dataset's, then the ITU preset's it lacks. */
function contextOf(dataset: Dataset | null): ImportContext {
  const kinds: Kind[] = [...(dataset?.kinds ?? [])];
  for (const k of ITU_KINDS) if (!kinds.some((x) => x.id === k.id)) kinds.push(k);
  return { kinds, sources: dataset?.meta.sources ?? [], date: new Date().toISOString().slice(0, 10) };
}

/** Opens an imported dataset as a new local map, saved at once. */
export function openImported(dataset: Dataset, label: string): void {
  const copy = { id: newMapId(), name: label };
  useAppStore.getState().openWorkCopy(dataset, dataset, copy);
  void saveMap({ ...copy, dataset, baseline: dataset }).catch(() => {});
}

export function ImportHost() {
  const [pending, setPending] = useState<{ plan: ImportPlan; ctx: ImportContext } | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onFiles: Listener = (files) => {
      void (async () => {
        const { failLoad, openDataset } = useAppStore.getState();
        const ctx = contextOf(useAppStore.getState().dataset);
        const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
        const { prepareImport } = await import('../io/import');
        const prepared = await prepareImport(inputs, ctx.kinds);
        if (prepared.kind === 'failed') {
          failLoad({ file: prepared.label, problems: prepared.problems.map(toProblem) });
        } else if (prepared.kind === 'json') {
          if (prepared.result.dataset) {
            openDataset(prepared.result.dataset);
            // Another map: start on its own first view, not on the camera of the map it replaces.
            useAppStore.getState().setViewport(null);
          } else failLoad({ file: prepared.label, problems: prepared.result.problems });
        } else {
          setPending({ plan: prepared.plan, ctx });
        }
      })();
    };
    listeners.add(onFiles);
    return () => {
      listeners.delete(onFiles);
    };
  }, []);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) openFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {dragging ? (
        <div className="own-drop" aria-hidden="true">
          Drop a spreadsheet (CSV, XLSX) or a dataset (JSON) to import it
        </div>
      ) : null}
      {pending ? (
        <Suspense fallback={null}>
          <ImportDialog
            plan={pending.plan}
            ctx={pending.ctx}
            onClose={() => setPending(null)}
            onImport={(dataset, label) => {
              setPending(null);
              openImported(dataset, label);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
