/** Cutting a single line of text to a width, with an ellipsis, using the layout's text measure. */
import { measureText } from '../layout/text';

/** `text` if it fits in `maxWidth` at `fontSize`, else its longest prefix that fits with "…" appended. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (measureText(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measureText(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return chars.length > 0 ? `${chars.join('').trimEnd()}…` : '';
}

/** Bold text is about this much wider than regular text in the fonts of `FONT_STACK`. */
export const BOLD_FACTOR = 1.08;
