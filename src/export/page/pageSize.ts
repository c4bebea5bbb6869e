/** Target pages of the document exports, in points (1/72 inch): slides and paper, portrait or landscape. */

export const PAGE_FORMATS = ['16:9', '4:3', 'a4', 'letter'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];
export type Orientation = 'landscape' | 'portrait';

export interface PageSize {
  format: PageFormat;
  orientation: Orientation;
  /** Points. */
  width: number;
  height: number;
  /** How people name it: "16:9 slide", "A4 portrait". */
  label: string;
}

/** Landscape sizes: PowerPoint's 13.333 × 7.5 in and 10 × 7.5 in slides, ISO A4, US Letter. */
const LANDSCAPE: Record<PageFormat, { width: number; height: number; label: string }> = {
  '16:9': { width: 960, height: 540, label: '16:9 slide' },
  '4:3': { width: 720, height: 540, label: '4:3 slide' },
  a4: { width: 841.89, height: 595.28, label: 'A4' },
  letter: { width: 792, height: 612, label: 'US Letter' },
};

/** "16:9", "a4", "a4-portrait", "letter-landscape" -> a page; null when not one of those. */
export function parsePage(text: string): PageSize | null {
  const m = /^(16:9|4:3|a4|letter)(?:-(portrait|landscape))?$/i.exec(text.trim());
  if (!m) return null;
  const format = (m[1] ?? '').toLowerCase() as PageFormat;
  const slide = format === '16:9' || format === '4:3';
  const orientation = ((m[2] ?? '').toLowerCase() || 'landscape') as Orientation;
  const base = LANDSCAPE[format];
  const portrait = orientation === 'portrait';
  return {
    format,
    orientation,
    width: portrait ? base.height : base.width,
    height: portrait ? base.width : base.height,
    label: slide ? `${base.label}${portrait ? ' (portrait)' : ''}` : `${base.label} ${orientation}`,
  };
}

export const PAGE_CHOICES = ['16:9', '4:3', 'a4', 'a4-portrait', 'letter', 'letter-portrait'] as const;
