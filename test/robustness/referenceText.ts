/**
 * The straightforward (quadratic) text fitting the app used before it was made linear, kept only as the
 * reference the linear versions must agree with, character for character.
 */
import { measureText, type WrapOptions, type Wrapped } from '../../src/layout/text';

export function referenceWrap(text: string, options: WrapOptions): Wrapped {
  const { maxWidth, fontSize, maxLines = 3 } = options;
  const tokens =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/ ?[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]| ?[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measureText(s, fontSize) <= maxWidth;
  for (const token of tokens) {
    const candidate = line === '' ? token.trimStart() : line + token;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    line = token.trimStart();
    while (!fits(line)) {
      let cut = 1;
      const chars = [...line];
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(''))) cut++;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last !== '' && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}

export function referenceFit(text: string, maxWidth: number, fontSize: number): string {
  if (measureText(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measureText(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return chars.length > 0 ? `${chars.join('').trimEnd()}…` : '';
}
