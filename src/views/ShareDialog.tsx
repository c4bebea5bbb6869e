/**
 * A link that carries the dataset (compressed into the address's fragment) and the view, so a colleague opens the
 * same map; above the size a link can carry, the dataset is offered as a file instead, with the reason.
 */
import { useMemo, useState } from 'react';
import { MAX_SHARE_CHARS, encodeShare } from '../io/share';
import type { Dataset } from '../model/schema';
import { Modal } from './Modal';
import { DialogActions } from './DialogActions';
import { downloadBlob } from './download';

export function ShareDialog({ dataset, onClose }: { dataset: Dataset; onClose: () => void }) {
  const encoded = useMemo(() => encodeShare(dataset), [dataset]);
  const [copied, setCopied] = useState(false);
  const link = encoded.ok
    ? `${window.location.origin}${window.location.pathname}${window.location.search}#${encoded.fragment}`
    : '';
  return (
    <Modal title="Share this map with its data" onClose={onClose} testId="share">
      {encoded.ok ? (
        <>
          <p className="own-hint">
            This link carries the whole dataset ({link.length.toLocaleString('en')} characters) and the current view.
            Whoever opens it sees the same map; nothing is sent to a server.
          </p>
          <textarea
            readOnly
            value={link}
            rows={4}
            className="own-link"
            aria-label="Link with the dataset"
            onFocus={(e) => e.target.select()}
          />
          <DialogActions onClose={onClose}>
            <button
              type="button"
              className="own-primary"
              onClick={() =>
                void navigator.clipboard?.writeText(link).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              Copy link
            </button>
            {copied ? <span role="status">Copied.</span> : null}
          </DialogActions>
        </>
      ) : (
        <>
          <p role="status">
            This dataset is too big for a link: it would take {encoded.length.toLocaleString('en')} characters, and
            links over {MAX_SHARE_CHARS.toLocaleString('en')} are cut short by mail and chat programs. Send the dataset
            as a file instead; your colleague opens it with <strong>Open…</strong>.
          </p>
          <DialogActions onClose={onClose}>
            <button
              type="button"
              className="own-primary"
              onClick={() =>
                downloadBlob(
                  new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }),
                  'strategy-map-dataset.json',
                )
              }
            >
              Download the dataset (JSON)
            </button>
          </DialogActions>
        </>
      )}
    </Modal>
  );
}
