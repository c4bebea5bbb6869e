/**
 * Text measurement and wrapping without a DOM, so the map and the SVG export break labels at the same places.
 * Widths are estimates for a common sans-serif (Arial/Helvetica/DejaVu/Noto metrics, rounded up slightly) in
 * ems; CJK ideographs are full-width. The screen renders exactly the lines computed here.
 */

const NARROW = new Set("iljI.,;:'|!()[]{} /ft-".split(''));
const WIDE = new Set('mwMW@%'.split(''));

/** The narrowest character width in ems: no `maxWidth` holds more than `maxWidth / (MIN_CHAR_EMS * fontSize)` of them. */
export const MIN_CHAR_EMS = 0.3;

let measured = 0;

/** How many characters have been measured since the module loaded (lets tests check that work is bounded). */
export function charactersMeasured(): number {
  return measured;
}

/** Width of one character in ems. */
export function charWidth(ch: string): number {
  measured++;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0x9fff) return 1; // CJK
  if (code >= 0xac00 && code <= 0xd7af) return 1; // Hangul
  if (code >= 0xff00 && code <= 0xffef) return 1; // full-width forms
  if (code >= 0x1f300) return 1.2; // emoji
  if (NARROW.has(ch)) return MIN_CHAR_EMS;
  if (WIDE.has(ch)) return 0.88;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch >= '0' && ch <= '9') return 0.58;
  return 0.56;
}

/** Estimated width in pixels of `text` at `fontSize` pixels. Linear in the length of `text`: measure only what you need. */
export function measureText(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize;
}

/**
 * The longest run of `text` from `start` that fits in `maxWidth` when added to `ems` (in ems, already taken):
 * its end (a code-unit index), its width in ems, and whether it reached the end of `text`. Stops at the first
 * character that does not fit, so it measures at most one character more than fits. The widths are added in the
 * same order as `measureText`, so the two agree to the last bit.
 */
export function fitRun(
  text: string,
  start: number,
  ems: number,
  fontSize: number,
  maxWidth: number,
): { end: number; ems: number; all: boolean } {
  let end = start;
  while (end < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(end) ?? 0);
    const next = ems + charWidth(ch);
    if (next * fontSize > maxWidth) return { end, ems, all: false };
    ems = next;
    end += ch.length;
  }
  return { end, ems, all: true };
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

/**
 * Greedy word wrap; words longer than a line are broken; CJK text breaks between any characters. Whitespace runs
 * count as one space. Linear: only the prefix of `text` that can reach the first `maxLines + 1` lines is read
 * (see `wrapBudget`), and each character of it is measured a bounded number of times, so a megabyte-long word
 * costs no more than a line's worth of measuring.
 */
export function wrapText(text: string, options: WrapOptions): Wrapped {
  const { maxWidth, fontSize, maxLines = 3 } = options;
  const tokens = tokenize(collapsedPrefix(text, wrapBudget(maxWidth, fontSize, maxLines)));
  const lines: string[] = [];
  let line = '';
  let lineEms = 0;
  for (const token of tokens) {
    // The first maxLines lines are settled once one more has started: the rest cannot change them.
    if (lines.length > maxLines) break;
    if (line === '') {
      const candidate = token.trimStart();
      const run = fitRun(candidate, 0, 0, fontSize, maxWidth);
      if (run.all) {
        line = candidate;
        lineEms = run.ems;
        continue;
      }
    } else {
      const run = fitRun(token, 0, lineEms, fontSize, maxWidth);
      if (run.all) {
        line += token;
        lineEms = run.ems;
        continue;
      }
      lines.push(line.trimEnd());
    }
    line = token.trimStart();
    for (;;) {
      const run = fitRun(line, 0, 0, fontSize, maxWidth);
      if (run.all) {
        lineEms = run.ems;
        break;
      }
      // A single token wider than the line: break it after the last character that fits (at least one).
      const cut = run.end > 0 ? run.end : String.fromCodePoint(line.codePointAt(0) ?? 0).length;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      if (lines.length > maxLines) break;
    }
  }
  if (line !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${withEllipsis(kept[maxLines - 1] ?? '', fontSize, maxWidth).trimEnd()}…`;
  return { lines: kept, truncated: true };
}

/** The longest prefix of `line` (whole characters) that fits in `maxWidth` with "…" after it. */
export function withEllipsis(line: string, fontSize: number, maxWidth: number): string {
  const ellipsis = charWidth('…');
  let ems = 0;
  let end = 0;
  let kept = 0;
  for (const ch of line) {
    ems += charWidth(ch);
    end += ch.length;
    if ((ems + ellipsis) * fontSize > maxWidth) break;
    kept = end;
  }
  return line.slice(0, kept);
}

/**
 * How many characters of text (after collapsing whitespace) can reach the first `maxLines + 1` lines: no line
 * holds more than `perLine` characters and one separating space, and deciding the last of them looks at most one
 * line's worth further. Any text longer than this wraps exactly as its prefix of this length does.
 */
function wrapBudget(maxWidth: number, fontSize: number, maxLines: number): number {
  const perLine = Math.floor(maxWidth / (MIN_CHAR_EMS * fontSize)) + 1;
  const budget = (maxLines + 2) * (perLine + 1);
  return Number.isFinite(budget) && budget > 0 ? budget : Infinity;
}

/** `text` with whitespace runs as one space, trimmed, cut after `limit` characters (code points). */
function collapsedPrefix(text: string, limit: number): string {
  if (text.length <= limit) return text.replace(/\s+/g, ' ').trim();
  let out = '';
  let count = 0;
  let space = false;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      space = out !== '';
      continue;
    }
    if (space) {
      if (count >= limit) break;
      out += ' ';
      count++;
      space = false;
    }
    if (count >= limit) break;
    out += ch;
    count++;
  }
  return out;
}

/** Splits into words with their leading space; each CJK character is its own token. */
function tokenize(text: string): string[] {
  return (
    text.match(/ ?[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]| ?[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+/g) ?? []
  );
}
