/**
 * Text measurement and wrapping without a DOM, so the map and the SVG export break labels at the same places.
 * Widths are estimates for a common sans-serif (Arial/Helvetica/DejaVu/Noto metrics, rounded up slightly) in
 * ems; CJK ideographs are full-width. The screen renders exactly the lines computed here.
 */

const NARROW = new Set("iljI.,;:'|!()[]{} /ft-".split(''));
const WIDE = new Set('mwMW@%'.split(''));

/** Width of one character in ems. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0x9fff) return 1; // CJK
  if (code >= 0xac00 && code <= 0xd7af) return 1; // Hangul
  if (code >= 0xff00 && code <= 0xffef) return 1; // full-width forms
  if (code >= 0x1f300) return 1.2; // emoji
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.88;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch >= '0' && ch <= '9') return 0.58;
  return 0.56;
}

/** Estimated width in pixels of `text` at `fontSize` pixels. */
export function measureText(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize;
}

export interface WrapOptions {
  /** Available width in pixels. */
  maxWidth: number;
  fontSize: number;
  /** @default 3 */
  maxLines?: number;
}

export interface Wrapped {
  lines: string[];
  /** True when text was cut to fit `maxLines` (the last line then ends with an ellipsis). */
  truncated: boolean;
}

/** Greedy word wrap; words longer than a line are broken; CJK text breaks between any characters. */
export function wrapText(text: string, options: WrapOptions): Wrapped {
  const { maxWidth, fontSize, maxLines = 3 } = options;
  const tokens = tokenize(text.replace(/\s+/g, ' ').trim());
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
      // A single token wider than the line: break it at the last character that fits.
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

/** Splits into words with their leading space; each CJK character is its own token. */
function tokenize(text: string): string[] {
  return (
    text.match(/ ?[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]| ?[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+/g) ?? []
  );
}
