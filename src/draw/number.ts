/** Number formatting for SVG output: rounded so that golden files are stable and small. */

/** `n` rounded to `digits` decimals (default 2), without trailing zeros and never `-0`. */
export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '0';
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? '0' : String(r);
}
