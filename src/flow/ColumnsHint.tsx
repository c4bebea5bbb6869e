/**
 * Says, at the map's edge, that columns lie off screen (the first view of a wide map on a small screen shows only
 * the first columns at a readable size) and names them; its button brings the next one in, another fits the whole
 * map. Keyboard reachable, and hidden when every column is on screen.
 */
import { memo, useCallback, type KeyboardEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { ColumnBox } from '../layout/types';
import { columnsOffScreen, viewportShowingColumn } from '../model/viewport';

const MOVE_MS = 300;
/** The hint's width on screen, px: the first view keeps this much free on the right for it. */
export const COLUMNS_HINT_WIDTH = 132;
/** Names listed in the hint at most; the rest are counted. */
const NAMES_SHOWN = 4;

/** Keys that the map's keyboard cursor would take (Enter, Space) stay with the buttons. */
const keepKeys = (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
};

function ColumnsHintImpl({ columns }: { columns: readonly ColumnBox[] }) {
  const flow = useReactFlow();
  // "left,right": the component redraws only when the counts change, not at every step of a pan.
  const select = useCallback(
    (s: ReactFlowState) => {
      if (s.width === 0) return '0,0';
      const [x, y, zoom] = s.transform;
      const off = columnsOffScreen(columns, { x, y, zoom }, s.width);
      return `${off.left},${off.right}`;
    },
    [columns],
  );
  const [left = 0, right = 0] = useStore(select).split(',').map(Number);
  const width = useStore((s: ReactFlowState) => s.width);

  const show = (side: 'left' | 'right') => {
    const column = side === 'right' ? columns[columns.length - right] : columns[left - 1];
    if (!column) return;
    void flow.setViewport(viewportShowingColumn(column, flow.getViewport(), width, side), { duration: MOVE_MS });
  };
  const fitAll = () => void flow.fitView({ padding: 0.04, duration: MOVE_MS });

  if (left === 0 && right === 0) return null;
  const names = (list: readonly ColumnBox[]) => {
    const shown = list.slice(0, NAMES_SHOWN).map((c) => c.title);
    return list.length > NAMES_SHOWN ? [...shown, `and ${list.length - NAMES_SHOWN} more`] : shown;
  };
  const plural = (n: number) => (n === 1 ? '1 more column' : `${n} more columns`);
  return (
    <>
      {left > 0 ? (
        <Panel position="center-left" className="columns-hint columns-hint-left" style={{ width: COLUMNS_HINT_WIDTH }}>
          <button
            type="button"
            onClick={() => show('left')}
            onKeyDown={keepKeys}
            aria-label={`${plural(left)} to the left: show the next one`}
          >
            <span aria-hidden="true">‹ </span>
            {plural(left)}
          </button>
          <ul aria-label="Columns to the left">
            {names(columns.slice(0, left)).map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        </Panel>
      ) : null}
      {right > 0 ? (
        <Panel
          position="center-right"
          className="columns-hint columns-hint-right"
          style={{ width: COLUMNS_HINT_WIDTH }}
        >
          <button
            type="button"
            onClick={() => show('right')}
            onKeyDown={keepKeys}
            aria-label={`${plural(right)} to the right: show the next one`}
          >
            {plural(right)}
            <span aria-hidden="true"> ›</span>
          </button>
          <ul aria-label="Columns to the right">
            {names(columns.slice(columns.length - right)).map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
          <button
            type="button"
            className="columns-hint-fit"
            onClick={fitAll}
            onKeyDown={keepKeys}
            aria-label="Fit the whole map on screen"
          >
            Whole map
          </button>
        </Panel>
      ) : null}
    </>
  );
}

export const ColumnsHint = memo(ColumnsHintImpl);
