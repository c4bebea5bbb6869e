/**
 * On narrow screens (1024 px wide, or a laptop at 125 % zoom) the toolbar's action buttons are hidden by CSS and
 * this "More" menu offers the same actions. It mirrors whatever buttons sit beside it in `.toolbar-actions` when it
 * opens (label, disabled, pressed), and choosing an item clicks the real button, so every action keeps
 * one implementation and a button added to the toolbar is in the menu too.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface Item {
  label: string;
  disabled: boolean;
  /** `aria-pressed` of the real button (a toggle), when it has one. */
  checked: boolean | null;
  button: HTMLButtonElement;
}

function itemsBeside(wrapper: HTMLElement | null): Item[] {
  const row = wrapper?.parentElement;
  if (!row) return [];
  return [...row.querySelectorAll<HTMLButtonElement>(':scope > button')].map((button) => {
    const state = button.getAttribute('aria-pressed');
    return {
      label: (button.getAttribute('aria-label') ?? button.textContent ?? '').trim(),
      disabled: button.disabled,
      checked: state === null ? null : state === 'true',
      button,
    };
  });
}

export function ToolbarMore() {
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState<Item[] | null>(null);
  const menuId = useId();
  const open = items !== null;

  const close = useCallback((refocus: boolean) => {
    setItems(null);
    if (refocus) trigger.current?.focus();
  }, []);

  // Focus the first enabled item when the menu opens.
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [open]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, close]);

  const choose = (item: Item) => {
    if (item.disabled) return;
    close(true);
    item.button.click();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className="toolbar-more" ref={wrapper}>
      <button
        ref={trigger}
        type="button"
        className="toolbar-more-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setItems(itemsBeside(wrapper.current)))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setItems(itemsBeside(wrapper.current));
          }
        }}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          id={menuId}
          ref={menu}
          role="menu"
          aria-label="More actions"
          className="toolbar-menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role={item.checked === null ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked === null ? undefined : item.checked}
              aria-disabled={item.disabled || undefined}
              tabIndex={-1}
              onClick={() => choose(item)}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
