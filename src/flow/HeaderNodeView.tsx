import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { HeaderFlowNode } from './toFlowElements';
import { ICON_PATHS } from '../draw/icons';
import { headerTitle } from '../draw/headerTitle';

function HeaderNodeViewImpl({ data }: NodeProps<HeaderFlowNode>) {
  const { column, kind } = data;
  // The lines the export draws too: the whole name on one line, or on two at a smaller size.
  const title = headerTitle({
    title: column.title,
    count: column.count,
    columnWidth: column.width,
    hasIcon: Boolean(kind?.icon),
  });
  return (
    <div
      className="column-header"
      style={{ width: column.width, ['--kind' as string]: kind?.colour ?? '#555' }}
      title={title.truncated ? column.title : undefined}
    >
      {kind?.icon ? (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d={ICON_PATHS[kind.icon]} />
        </svg>
      ) : null}
      <span
        className="column-title"
        data-lines={title.lines.length}
        style={{ fontSize: title.fontSize, lineHeight: title.lines.length > 1 ? `${title.lineHeight}px` : undefined }}
        aria-hidden={title.truncated ? true : undefined}
      >
        {title.lines.map((line, i) => (
          <span key={i} className="column-title-line">
            {line}
          </span>
        ))}
      </span>
      {title.truncated ? <span className="sr-only">{column.title}</span> : null}
      <span className="column-count">{column.count}</span>
    </div>
  );
}

export const HeaderNodeView = memo(HeaderNodeViewImpl);
