/** The size of an exported SVG document in CSS pixels, as browsers and rsvg-convert compute it. */

const PX_PER_UNIT: Record<string, number> = { '': 1, px: 1, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72 };

/** Width and height of the root `<svg>` (mm and other absolute units at 96 dpi); the viewBox size without them. */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const viewBox = /\sviewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(root);
  const length = (name: string, fallback: string | undefined) => {
    const m = new RegExp(`\\s${name}="([\\d.]+)(px|mm|cm|in|pt)?"`).exec(root);
    if (m) return Number(m[1]) * (PX_PER_UNIT[m[2] ?? ''] ?? 1);
    return Number(fallback ?? 0);
  };
  return { width: length('width', viewBox?.[1]), height: length('height', viewBox?.[2]) };
}
