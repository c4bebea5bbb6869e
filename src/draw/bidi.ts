/** Text direction, so right-to-left labels (Arabic, Hebrew…) are set flush right like `dir="auto"` on screen. */

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}]|[\u{1E800}-\u{1EFFF}]/u;
const STRONG = /[\p{L}]/u;

/** True when the first letter of `text` belongs to a right-to-left script (the Unicode "first strong" rule). */
export function isRtl(text: string): boolean {
  const first = STRONG.exec(text);
  return first !== null && RTL.test(first[0]);
}
