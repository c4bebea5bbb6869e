import { useEffect } from 'react';
import { useAppStore } from '../store/store';

/** Escape anywhere clears the focus, except inside text inputs and dialogs, which use Escape themselves. */
export function useEscapeClearsFocus() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [role="dialog"], [role="combobox"]')) return;
      useAppStore.getState().setFocus(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
