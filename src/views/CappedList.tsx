import { useState, type ReactNode } from 'react';
import './robust.css';

export interface CappedListProps<T> {
  items: readonly T[];
  /** How many items show before "Show all". */
  shown?: number;
  render: (item: T, index: number) => ReactNode;
  /** What the items are, for the button: "Show all 500 ignored settings". */
  noun: string;
}

/**
 * A list that shows its first few items and a "Show all N …" button, so that a notice with hundreds of items never
 * pushes the map off the page; when opened, the whole list scrolls inside a bounded box.
 */
export function CappedList<T>({ items, shown = 5, render, noun }: CappedListProps<T>) {
  const [all, setAll] = useState(false);
  const capped = !all && items.length > shown;
  const visible = capped ? items.slice(0, shown) : items;
  return (
    <>
      <ul className={all ? 'capped-list capped-list-open' : 'capped-list'}>
        {visible.map((item, i) => (
          <li key={i}>{render(item, i)}</li>
        ))}
      </ul>
      {capped ? (
        <button type="button" className="capped-list-more" onClick={() => setAll(true)}>
          Show all {items.length.toLocaleString('en-GB')} {noun}
        </button>
      ) : null}
    </>
  );
}
