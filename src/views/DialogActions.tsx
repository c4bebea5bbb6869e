import type { ReactNode } from 'react';

/** A dialog's row of buttons: its own actions on the left, Close on the right. */
export function DialogActions({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <div className="own-actions">
      {children}
      <span className="own-spacer" />
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
