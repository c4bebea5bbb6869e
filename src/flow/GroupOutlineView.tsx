import { memo, useCallback, useContext } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { GroupFlowNode } from './groupNodes';
import { outlineFaded } from '../draw/groupOutlines';
import { useAppStore, type AppState } from '../store/store';
import { chainsIn, VisibleContext } from './emphasis';
import './answersMap.css';

/**
 * An outline around members of one container that sit together in a column, with the container's name on its
 * top edge (membership shown as grouping, not as links to a hub). Hidden from assistive technology: each member's
 * name and the detail panel ("via Kigali Action Plan") say the same in words.
 */
function GroupOutlineViewImpl({ data }: NodeProps<GroupFlowNode>) {
  const { outline } = data;
  const visible = useContext(VisibleContext);
  // Fades with a focus none of its members is on the chains of, as the nodes do.
  const faded = useAppStore(
    useCallback((s: AppState) => outlineFaded(outline, chainsIn(s, visible)), [outline, visible]),
  );
  return (
    <div
      className={`group-outline${faded ? ' group-outline-faded' : ''}`}
      aria-hidden="true"
      data-container={outline.containerId}
      data-group-kind={outline.kind}
      title={`Members of ${outline.name}`}
      style={{ width: outline.width, height: outline.height }}
    >
      {outline.label ? <span className="group-outline-label">{outline.label}</span> : null}
    </div>
  );
}

export const GroupOutlineView = memo(GroupOutlineViewImpl);
