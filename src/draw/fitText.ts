/** Cutting a single line of text to a width, with an ellipsis, using the layout's text measure. */
import { fitRun, withEllipsis } from '../layout/text';

/**
 * `text` if it fits in `maxWidth` at `fontSize`, else its longest prefix that fits with "…" appended. Linear in
 * what fits, not in `text`: measuring stops at the first character past `maxWidth`, so a megabyte-long title costs
 * no more than a short one.
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  const run = fitRun(text, 0, 0, fontSize, maxWidth);
  if (run.all) return text;
  const kept = withEllipsis(text.slice(0, run.end), fontSize, maxWidth);
  return kept.length > 0 ? `${kept.trimEnd()}…` : '';
}

/** Bold text is about this much wider than regular text in the fonts of `FONT_STACK`. */
export const BOLD_FACTOR = 1.08;
