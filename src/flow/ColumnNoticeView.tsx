import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NoticeFlowNode } from './columnNotices';
import './answersMap.css';

/**
 * The notice in the slot of a column the filters emptied, where its nodes would be: the same wrapped lines the
 * layout measured and the exports draw. Read as a note by assistive technology; the page also announces it.
 */
function ColumnNoticeViewImpl({ data }: NodeProps<NoticeFlowNode>) {
  const { column, notice, kind } = data;
  return (
    <div
      className="column-notice"
      role="note"
      aria-label={notice.text}
      data-notice-kind={column.kind}
      data-testid="column-notice"
      style={{ width: column.width, height: notice.height, ['--kind' as string]: kind?.colour ?? '#555' }}
    >
      {notice.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}

export const ColumnNoticeView = memo(ColumnNoticeViewImpl);
