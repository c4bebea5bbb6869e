import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { HeaderFlowNode } from './toFlowElements';
import { ICON_PATHS } from '../draw/icons';

function HeaderNodeViewImpl({ data }: NodeProps<HeaderFlowNode>) {
  const { column, kind } = data;
  return (
    <div className="column-header" style={{ width: column.width, ['--kind' as string]: kind?.colour ?? '#555' }}>
      {kind?.icon ? (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d={ICON_PATHS[kind.icon]} />
        </svg>
      ) : null}
      <span className="column-title">{column.title}</span>
      <span className="column-count">{column.count}</span>
    </div>
  );
}

export const HeaderNodeView = memo(HeaderNodeViewImpl);
