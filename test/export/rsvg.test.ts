/**
 * Renders every golden SVG with librsvg's `rsvg-convert` (the renderer of GNOME, Inkscape's import path for
 * thumbnails, and many document pipelines) and checks that it accepts the file and draws the map.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodePng } from './png';
import { svgPixelSize } from '../../src/export/svgSize';

const RSVG = '/usr/bin/rsvg-convert';
const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url));
const files = existsSync(GOLDEN)
  ? readdirSync(GOLDEN)
      .filter((f) => f.endsWith('.svg'))
      .sort()
  : [];

describe('golden SVGs render in librsvg', () => {
  it('has golden files to render', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    it.skipIf(!existsSync(RSVG))(`${file} (skipped only when ${RSVG} is missing; CI installs librsvg2-bin)`, () => {
      const svg = readFileSync(GOLDEN + file, 'utf8');
      const result = spawnSync(RSVG, ['--zoom', '1', '--format', 'png', GOLDEN + file], {
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(result.status, result.stderr.toString()).toBe(0);
      const png = decodePng(result.stdout);
      const size = svgPixelSize(svg);
      expect(Math.abs(png.width - size.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(png.height - size.height)).toBeLessThanOrEqual(1);

      // Not blank: many colours, a good share of pixels off the background, and dark ink (text, outlines).
      const { rgba } = png;
      const background = rgba.slice(0, 4).join();
      const colours = new Set<number>();
      let changed = 0;
      let dark = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        const [r, g, b] = [rgba[i] as number, rgba[i + 1] as number, rgba[i + 2] as number];
        colours.add((r << 16) | (g << 8) | b);
        if (`${r},${g},${b},${rgba[i + 3]}` !== background) changed++;
        if (0.2126 * r + 0.7152 * g + 0.0722 * b < 90) dark++;
      }
      const pixels = rgba.length / 4;
      expect(colours.size).toBeGreaterThan(50);
      expect(changed / pixels).toBeGreaterThan(0.01);
      expect(dark).toBeGreaterThan(500);
    });
  }
});
