/**
 * The planned pages (`page/plan.ts`) for print: each page's scene written by the SVG writer (`svg.ts`), at the
 * page's real size, one SVG per PDF page. The same scenes as the PowerPoint and Word pages, so the three agree
 * on what goes where and every text is at least 9 pt. Text stays text (selectable and searchable in the PDF).
 */
import { fmt } from '../draw/number';
import { escapeXml } from './escape';
import type { Page } from './page/plan';
import { writeSvg } from './svg';

/** One page as a standalone SVG document. */
export function pageSvg(page: Page): string {
  return writeSvg(page.scene);
}

/** The pages as one HTML document that prints one SVG per page at the page's size (for Chromium's PDF). */
export function pagesHtml(pages: readonly Page[], title: string): string {
  const first = pages[0]?.scene;
  // Drawing units are 1/96 inch: 0.75 pt.
  const w = (first?.width ?? 1280) * 0.75;
  const h = (first?.height ?? 720) * 0.75;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeXml(title)}</title><style>
@page { size: ${fmt(w)}pt ${fmt(h)}pt; margin: 0 }
html, body { margin: 0; padding: 0 }
.page { width: ${fmt(w)}pt; height: ${fmt(h)}pt; overflow: hidden; break-after: page }
.page:last-child { break-after: auto }
svg { display: block }
</style></head><body>
${pages.map((p) => `<div class="page">${pageSvg(p).replace(/^<\?xml[^>]*>\s*/, '')}</div>`).join('\n')}
</body></html>`;
}
