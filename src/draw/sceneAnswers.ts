/**
 * What the answers add to the map in the scene, drawn as on screen so every writer shows them: the notice in the
 * slot of a column the filters emptied, and group outlines of a container's members.
 */
import type { Kind } from '../model/schema';
import { GEOMETRY as G, type ColumnBox } from '../layout/types';
import { NOTICE_TEXT } from '../layout/place';
import { COLUMN_NOTICE_STYLE as N, type Theme } from './look';
import type { SceneBuilder } from './scene';
import { middleBaseline } from './sceneNode';

/** The notice box and its wrapped message, in the header's group `g` (layout coordinates). */
export function addColumnNotice(b: SceneBuilder, g: number, column: ColumnBox, kind: Kind, theme: Theme): void {
  const notice = column.notice;
  if (!notice) return;
  b.add({
    type: 'rect',
    group: g,
    x: column.x,
    y: notice.y,
    width: column.width,
    height: notice.height,
    radius: N.radius,
    fill: theme.gapFill,
    stroke: kind.colour,
    strokeWidth: N.strokeWidth,
    dash: N.dash,
  });
  b.add({
    type: 'text',
    group: g,
    role: 'notice',
    lines: notice.lines.map((text, i) => ({
      text,
      x: column.x + G.paddingX,
      y:
        notice.y +
        N.paddingTop +
        i * NOTICE_TEXT.lineHeight +
        NOTICE_TEXT.lineHeight / 2 +
        middleBaseline(NOTICE_TEXT.fontSize),
    })),
    fontSize: NOTICE_TEXT.fontSize,
    bold: false,
    italic: true,
    fill: theme.muted,
    anchor: 'start',
    rtl: false,
  });
}
