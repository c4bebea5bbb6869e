/**
 * How a column header's title fits its column, decided once for the map and the exported scene: on one line at
 * the header's size when it fits, else on two lines at a slightly smaller size, so that a name like "BDT thematic areas" or
 * "Regional initiatives" is read whole instead of cut. Only a name too long for two lines (a dataset's own kind) is
 * cut, with "…", and then the full name goes in the header's tooltip.
 */
import { measureText, wrapText } from '../layout/text';
import { HEADER_STYLE } from './look';
import { BOLD_FACTOR } from './fitText';

export interface HeaderTitle {
  /** One or two lines, as drawn. */
  lines: string[];
  fontSize: number;
  /** Distance between the baselines of two lines. */
  lineHeight: number;
  /** True when even two lines could not hold the name (the last ends with "…"). */
  truncated: boolean;
}

export interface HeaderTitleInput {
  title: string;
  /** The count shown in the pill beside the title. */
  count: number;
  /** Width of the column, map pixels. */
  columnWidth: number;
  hasIcon: boolean;
}

/** Width of the count pill for `count`. */
export function headerPillWidth(count: number): number {
  return measureText(String(count), HEADER_STYLE.countFontSize) * BOLD_FACTOR + 16;
}

/** The room left for the title between the icon and the count pill. */
export function headerTitleWidth(input: Omit<HeaderTitleInput, 'title'>): number {
  const H = HEADER_STYLE;
  const icon = input.hasIcon ? H.iconSize + 8 : 0;
  return input.columnWidth - 2 * H.paddingX - icon - headerPillWidth(input.count) - 8;
}

/** The title's lines and size in its column (see the module comment). */
export function headerTitle(input: HeaderTitleInput): HeaderTitle {
  const H = HEADER_STYLE;
  const maxWidth = Math.max(1, headerTitleWidth(input));
  // Bold text is wider than `measureText`'s regular estimate: allow for it, so the screen never cuts what fits here.
  const fits = (fontSize: number) => measureText(input.title, fontSize) * BOLD_FACTOR <= maxWidth;
  if (fits(H.titleFontSize))
    return { lines: [input.title], fontSize: H.titleFontSize, lineHeight: 0, truncated: false };
  const fontSize = H.wrappedFontSize;
  const wrapped = wrapText(input.title, { maxWidth: maxWidth / BOLD_FACTOR, fontSize, maxLines: 2 });
  return {
    lines: wrapped.lines,
    fontSize,
    lineHeight: Math.round(fontSize * 1.15),
    truncated: wrapped.truncated,
  };
}
