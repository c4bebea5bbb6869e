/**
 * Modal behaviour for a dialog element: focus moves in when it opens and back to where it was when it closes;
 * Escape closes it and Tab stays inside it wherever focus is, even after a download or a disabled button dropped
 * focus to the page body (the listeners are on the document, not the dialog).
 */
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What Tab can reach: enabled controls, and of each radio group only the checked radio. */
function tabbable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
}

export function useModalDialog(open: boolean, onClose: () => void): RefObject<HTMLDivElement | null> {
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = () => dialog.current;
    const first = root()?.querySelector<HTMLElement>('input:checked') ?? (root() ? tabbable(root()!)[0] : undefined);
    first?.focus();

    const onKey = (event: KeyboardEvent) => {
      const el = root();
      if (!el) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = tabbable(el);
      const head = items[0];
      const tail = items[items.length - 1];
      const inside = el.contains(document.activeElement);
      if (!inside) {
        event.preventDefault();
        (event.shiftKey ? tail : head)?.focus();
      } else if (event.shiftKey && document.activeElement === head) {
        event.preventDefault();
        tail?.focus();
      } else if (!event.shiftKey && document.activeElement === tail) {
        event.preventDefault();
        head?.focus();
      }
    };
    // Focus that lands outside (a click on the backdrop, a download) comes back to the dialog.
    const onFocusIn = (event: FocusEvent) => {
      const el = root();
      if (el && event.target instanceof Node && !el.contains(event.target)) {
        (el.querySelector<HTMLElement>('.export-primary') ?? tabbable(el)[0])?.focus();
      }
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
      before?.focus();
    };
  }, [open]);

  return dialog;
}

/** Puts focus back in `root` when it fell to the page body (a download moved it away). */
export function keepFocusIn(root: HTMLElement | null, preferred: HTMLElement | null) {
  if (!root) return;
  const active = document.activeElement;
  if (active === null || active === document.body || !root.contains(active)) (preferred ?? tabbable(root)[0])?.focus();
}
