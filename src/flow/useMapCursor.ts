/**
 * The keyboard cursor on the map: arrow keys move it along links, Enter or Space focuses its node, a click moves
 * it. It follows the focus whenever the focus changes elsewhere (table, search, detail panel).
 */
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import type { Node } from '@xyflow/react';
import type { GraphIndex } from '../model/graph';
import type { MapLayout } from '../layout/types';
import type { VisibleGraph } from '../model/visible';
import { useAppStore, type AppState } from '../store/store';
import { nextNode, type MapKey, type Trail } from './keyboard';

const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home']);

const selectFocus = (s: AppState) => s.focusId;
const selectSetFocus = (s: AppState) => s.setFocus;

export interface MapCursor {
  /** The node under the keyboard cursor, or null. */
  cursor: string | null;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onNodeClick: (event: unknown, node: Node) => void;
  /** A click on a node the map paints instead of drawing (zoomed out): the same as on a node element. */
  selectNode: (id: string) => void;
}

export function useMapCursor(
  index: GraphIndex,
  visible: VisibleGraph,
  layout: MapLayout,
  reveal: (id: string, moveDomFocus: boolean) => void,
): MapCursor {
  const focusId = useAppStore(selectFocus);
  const setFocus = useAppStore(selectSetFocus);
  const [state, setState] = useState<{ id: string | null; trail: Trail; focusWhenSet: string | null }>({
    id: null,
    trail: [],
    focusWhenSet: null,
  });
  const followsFocus = focusId !== null && focusId !== state.focusWhenSet;
  const cursor = followsFocus ? focusId : state.id;
  const trail = followsFocus ? [] : state.trail;
  const setCursor = useCallback(
    (id: string, trail: Trail = []) => setState({ id, trail, focusWhenSet: focusId }),
    [focusId],
  );
  const visibleIds = useMemo(() => new Set(visible.nodes.map((n) => n.id)), [visible]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (MOVE_KEYS.has(event.key)) {
      event.preventDefault();
      const move = nextNode({ index, layout, visibleIds, from: cursor, trail, key: event.key as MapKey });
      if (move.id) {
        setCursor(move.id, move.trail);
        reveal(move.id, true);
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && cursor) {
      event.preventDefault();
      setFocus(cursor);
    }
  };

  const selectNode = useCallback(
    (id: string) => {
      setCursor(id);
      setFocus(id);
    },
    [setFocus, setCursor],
  );
  const onNodeClick = useCallback(
    (_: unknown, node: Node) => {
      if (node.type === 'map') selectNode(node.id);
    },
    [selectNode],
  );

  return { cursor, onKeyDown, onNodeClick, selectNode };
}
