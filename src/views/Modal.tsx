/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside, Escape closes it, and focus
 * returns to where it was. Content is React text, so untrusted names stay text.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for tables (the import mapping). */
  wide?: boolean;
  testId?: string;
}

export function Modal({ title, onClose, children, wide = false, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => before?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`own-dialog${wide ? ' own-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="own-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="own-close" aria-label={`Close ‘${title}’`} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
