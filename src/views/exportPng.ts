/** PNG from an exported SVG in the browser: the SVG drawn as an image onto a canvas at 1×, 2× or 3×. */
import { svgPixelSize } from '../export/svgSize';

/** Canvas limits that hold in current Chromium, Firefox and Safari (desktop). */
const MAX_SIDE = 16384;
const MAX_AREA = 16384 * 16384;

export type PngScale = 1 | 2 | 3;

/** Whether `svg` fits a canvas at `scale`; PNG export at larger scales would fail or come out blank. */
export function pngFits(svg: string, scale: PngScale): boolean {
  const { width, height } = svgPixelSize(svg);
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  return w > 0 && h > 0 && w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_AREA;
}

/**
 * Renders `svg` (a standalone document from `exportSvg`) to a PNG blob at `scale` times its size. The SVG has
 * no external resources, so the canvas is never tainted.
 */
export async function svgToPng(svg: string, scale: PngScale): Promise<Blob> {
  const { width, height } = svgPixelSize(svg);
  if (!pngFits(svg, scale)) {
    throw new Error(
      `The map is too large for a PNG at ${scale}× (${Math.ceil(width * scale)} × ${Math.ceil(height * scale)} pixels); choose a smaller scale or SVG.`,
    );
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The browser could not draw the exported SVG.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    // Drawn at the target size, so the browser rasterises the vectors at full resolution (no upscaled bitmap).
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
