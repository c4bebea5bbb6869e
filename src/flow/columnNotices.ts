/**
 * React Flow nodes for the notices in the slots of columns the filters emptied (pure: the view is
 * ColumnNoticeView.tsx). One node per emptied column, so the DOM cost is a handful of elements.
 */
import type { Node } from '@xyflow/react';
import type { Kind } from '../model/schema';
import type { ColumnBox, ColumnNotice, MapLayout } from '../layout/types';

export type NoticeFlowNode = Node<{ column: ColumnBox; notice: ColumnNotice; kind: Kind | undefined }, 'notice'>;

export function columnNoticeNodes(layout: MapLayout, kindById: ReadonlyMap<string, Kind>): NoticeFlowNode[] {
  const out: NoticeFlowNode[] = [];
  for (const column of layout.columns) {
    const notice = column.notice;
    if (!notice) continue;
    out.push({
      id: `notice:${column.kind}`,
      type: 'notice',
      position: { x: column.x, y: notice.y },
      width: column.width,
      height: notice.height,
      data: { column, notice, kind: kindById.get(column.kind) },
      draggable: false,
      selectable: false,
      focusable: false,
      handles: [],
      measured: { width: column.width, height: notice.height },
    });
  }
  return out;
}
