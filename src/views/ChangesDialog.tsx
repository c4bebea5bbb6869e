/** What differs from the dataset as opened: added, changed and removed items and links; exportable as CSV. */
import { changesTable, type Change } from '../model/diff';
import { csvField } from '../export/cellSafety';
import { CSV_BOM } from '../export/csv';
import { Modal } from './Modal';
import { DialogActions } from './DialogActions';
import { downloadBlob } from './download';

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function ChangesDialog({ changes, onClose }: { changes: readonly Change[]; onClose: () => void }) {
  const save = () => {
    const csv = changesTable(changes)
      .map((row) => `${row.map(csvField).join(',')}\r\n`)
      .join('');
    downloadBlob(new Blob([CSV_BOM + csv], { type: 'text/csv;charset=utf-8' }), 'changes.csv');
  };
  return (
    <Modal title={`Changes since the dataset was opened (${changes.length})`} onClose={onClose} wide testId="changes">
      <ul className="own-list own-changes">
        {changes.map((c) => (
          <li key={`${c.what}|${c.key}`}>
            <strong>
              {c.how} {c.what}
            </strong>{' '}
            {c.name}
            {c.how === 'changed' ? (
              <ul>
                {c.fields.map((f) => (
                  <li key={f.field}>
                    {f.field}: {show(f.before)} → {show(f.after)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <DialogActions onClose={onClose}>
        <button type="button" onClick={save}>
          Download as CSV
        </button>
      </DialogActions>
    </Modal>
  );
}
