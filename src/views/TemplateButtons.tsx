/** Download an empty chain-table or items/connections workbook with the kinds (write-excel-file loaded on demand). */
import { useState } from 'react';
import type { Kind } from '../model/schema';
import { downloadBlob } from './download';

export function TemplateButtons({ kinds }: { kinds: readonly Kind[] }) {
  const [busy, setBusy] = useState(false);
  const get = async (shape: 'chain' | 'elements') => {
    setBusy(true);
    try {
      const { templateXlsx } = await import('../io/import/template');
      downloadBlob(
        await templateXlsx(shape, kinds),
        shape === 'chain' ? 'chain-table-template.xlsx' : 'items-and-connections-template.xlsx',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="own-templates" role="group" aria-label="Templates">
      <button type="button" disabled={busy} onClick={() => void get('chain')}>
        Chain-table template
      </button>
      <button type="button" disabled={busy} onClick={() => void get('elements')}>
        Items + connections template
      </button>
    </span>
  );
}
