/**
 * What the answers add to the map in the scene, drawn as on screen so every writer shows them: the notice in the
 * slot of a column the filters emptied, and group outlines of a container's members.
 */
import type { Kind } from '../model/schema';
import { GEOMETRY as G, type ColumnBox } from '../layout/types';
import { NOTICE_TEXT } from '../layout/place';
import { COLUMN_NOTICE_STYLE as N, FOCUS_STYLE, GROUP_STYLE, type Theme } from './look';
import { measureText } from '../layout/text';
import { BOLD_FACTOR, fitText } from './fitText';
import type { Chains } from '../model/chains';
import { outlineFaded, type GroupOutline } from './groupOutlines';
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

/**
 * The outlines of containers' members (`groupOutlines`) under the links, each with the container's name on its
 * top edge over a patch of background, so the dashed line stops around it.
 */
export function addGroupOutlines(
  b: SceneBuilder,
  map: number,
  outlines: readonly GroupOutline[],
  theme: Theme,
  chains: Chains | null = null,
  minFontSize = 0,
): void {
  if (outlines.length === 0) return;
  const S = GROUP_STYLE;
  // A page drawn small keeps the name at its smallest readable size, fitted again to the outline at that size.
  const fontSize = Math.max(S.labelFontSize, minFontSize);
  const groups = b.group(map, 'groups');
  let faded: number | null = null;
  for (const o of outlines) {
    // Off the focused chains: in one group at the fade's opacity, as faded nodes are.
    const g = outlineFaded(o, chains)
      ? (faded ??= b.group(groups, 'faded', { opacity: FOCUS_STYLE.dimOpacity }))
      : groups;
    b.add({
      type: 'rect',
      group: g,
      x: o.x,
      y: o.y,
      width: o.width,
      height: o.height,
      radius: S.radius,
      fill: 'none',
      stroke: theme.muted,
      strokeWidth: S.strokeWidth,
      dash: S.dash,
    });
    const label =
      fontSize > S.labelFontSize ? fitText(o.label, (o.width - 2 * S.labelX) / BOLD_FACTOR, fontSize) : o.label;
    if (label === '') continue;
    const textWidth = measureText(label, fontSize) * BOLD_FACTOR;
    b.add({
      type: 'rect',
      group: g,
      x: o.x + o.width - S.labelX - textWidth - S.labelPadding,
      y: o.y - fontSize / 2 - 1,
      width: textWidth + 2 * S.labelPadding,
      height: fontSize + 2,
      radius: 2,
      fill: theme.background,
    });
    b.add({
      type: 'text',
      group: g,
      role: 'group',
      lines: [{ text: label, x: o.x + o.width - S.labelX, y: o.y + middleBaseline(fontSize) }],
      fontSize,
      bold: true,
      italic: false,
      fill: theme.muted,
      anchor: 'end',
      rtl: false,
    });
  }
}
