/**
 * Says, at the map's edge, that columns lie off screen (the first view of a wide map on a small screen shows only
 * the first columns at a readable size) and names them; its button brings the next one in, another fits the whole
 * map. Keyboard reachable, and hidden when every column is on screen.
 */
import { memo, useCallback, type KeyboardEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { ColumnBox } from '../layout/types';
import { columnsOffScreen, viewportShowingColumn } from '../model/viewport';
import { FIT_WHOLE_MAP } from './nodeWindow';

const MOVE_MS = 300;
/** The hint's width on screen, px: the first view keeps this much free on the right for it. */
export const COLUMNS_HINT_WIDTH = 132;
/** Names listed in the hint at most; the rest are counted. */
const NAMES_SHOWN = 4;
/** On a map narrower than this (px) the hint is only its buttons, the names in the button's tooltip. */
const COMPACT_BELOW = 900;

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
  const fitAll = () => void flow.fitView({ ...FIT_WHOLE_MAP, duration: MOVE_MS });

  if (left === 0 && right === 0) return null;
  const compact = width < COMPACT_BELOW;
  return (
    <>
      {left > 0 ? (
        <HintSide side="left" names={columns.slice(0, left)} compact={compact} onShow={() => show('left')} />
      ) : null}
      {right > 0 ? (
        <HintSide
          side="right"
          names={columns.slice(columns.length - right)}
          compact={compact}
          onShow={() => show('right')}
          onFitAll={fitAll}
        />
      ) : null}
    </>
  );
}

interface HintSideProps {
  side: 'left' | 'right';
  /** The columns off screen on this side. */
  names: readonly ColumnBox[];
  compact: boolean;
  onShow: () => void;
  onFitAll?: () => void;
}

/** The hint on one side: how many columns lie that way, which (unless compact), and the buttons. */
function HintSide({ side, names, compact, onShow, onFitAll }: HintSideProps) {
  const count = names.length === 1 ? '1 more column' : `${names.length} more columns`;
  const listed = names.slice(0, NAMES_SHOWN).map((c) => c.title);
  if (names.length > NAMES_SHOWN) listed.push(`and ${names.length - NAMES_SHOWN} more`);
  return (
    <Panel
      position={side === 'left' ? 'center-left' : 'center-right'}
      className={`columns-hint columns-hint-${side}`}
      style={{ width: COLUMNS_HINT_WIDTH }}
    >
      <button
        type="button"
        onClick={onShow}
        onKeyDown={keepKeys}
        aria-label={`${count} to the ${side}${compact ? ` (${listed.join(', ')})` : ''}: show the next one`}
        title={compact ? listed.join(', ') : undefined}
      >
        {side === 'left' ? <span aria-hidden="true">‹ </span> : null}
        {count}
        {side === 'right' ? <span aria-hidden="true"> ›</span> : null}
      </button>
      {compact ? null : (
        <ul aria-label={`Columns to the ${side}`}>
          {listed.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      )}
      {onFitAll ? (
        <button
          type="button"
          className="columns-hint-fit"
          onClick={onFitAll}
          onKeyDown={keepKeys}
          aria-label="Fit the whole map on screen"
        >
          Whole map
        </button>
      ) : null}
    </Panel>
  );
}

export const ColumnsHint = memo(ColumnsHintImpl);
