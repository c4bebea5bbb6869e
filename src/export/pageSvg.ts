/**
 * One planned page (`page/plan.ts`) as a standalone SVG sized in points: what the PDF prints (one SVG per PDF
 * page), drawn from the same plan as the PowerPoint and Word pages, so the three agree on what goes where and
 * every text is at least 9 pt at the page's real size. Text stays text (selectable and searchable in the PDF).
 */
import { shapePath } from '../draw/shapes';
import { ARROW, LINK_DASH } from '../draw/look';
import { fmt } from '../draw/number';
import { block, el } from './markup';
import { escapeXml } from './escape';
import { PAGE_TEXT, type Page } from './page/plan';
import { OFFICE_FONT } from './pptx';

const FONT = `${OFFICE_FONT}, Helvetica, Liberation Sans, Noto Sans, Noto Sans Arabic, Noto Sans CJK SC, DejaVu Sans, sans-serif`;

const text = (attrs: Record<string, string | number | null | undefined>, content: string) =>
  `${el('text', attrs).replace(/\/>$/, '>')}${escapeXml(content)}</text>`;

export function pageSvg(page: Page): string {
  const { MARGIN, TITLE_PT, SUBTITLE_PT, LEGEND_PT, FOOTER_PT } = PAGE_TEXT;
  const parts: string[] = [];
  parts.push(el('rect', { x: 0, y: 0, width: page.width, height: page.height, fill: page.background }));
  parts.push(
    text(
      { x: MARGIN, y: MARGIN + TITLE_PT * 0.8, 'font-size': TITLE_PT, 'font-weight': 'bold', fill: page.ink },
      page.title,
    ),
  );
  let y = MARGIN + TITLE_PT * 1.3;
  for (const [i, line] of [...page.subtitle.split('\n'), page.part].filter((t) => t !== '').entries()) {
    y += SUBTITLE_PT * 1.3;
    parts.push(
      text(
        {
          x: MARGIN,
          y,
          'font-size': SUBTITLE_PT,
          fill: page.muted,
          'font-weight': line === page.part && i > 0 ? 'bold' : null,
        },
        line,
      ),
    );
  }
  for (const h of page.headers)
    parts.push(
      text({ x: h.x, y: h.y + h.fontSize, 'font-size': h.fontSize, 'font-weight': 'bold', fill: h.colour }, h.text),
    );

  // Links under the nodes: a cubic curve leaving and entering horizontally, arrowhead at the target.
  const marker = (basis: string) => `arrow-${basis}`;
  const defs = (['official', 'derived', 'proposed'] as const).map((b) =>
    block(
      'marker',
      {
        id: marker(b),
        viewBox: `0 0 ${ARROW.length} ${2 * ARROW.halfWidth}`,
        refX: ARROW.length,
        refY: ARROW.halfWidth,
        markerWidth: ARROW.length * 0.7,
        markerHeight: 2 * ARROW.halfWidth * 0.7,
        orient: 'auto',
        markerUnits: 'userSpaceOnUse',
      },
      [
        el('path', {
          d: `M0 0 L${ARROW.length} ${ARROW.halfWidth} L0 ${2 * ARROW.halfWidth} z`,
          fill: page.links[0]?.colour ?? '#56616d',
        }),
      ],
    ),
  );
  for (const l of page.links) {
    const dx = l.from.side === l.to.side ? 30 : Math.max(20, Math.abs(l.to.x - l.from.x) / 2);
    const c1 = l.from.x + (l.from.side === 'right' ? dx : -dx);
    const c2 = l.to.x + (l.to.side === 'right' ? dx : -dx);
    const dash = LINK_DASH[l.basis];
    parts.push(
      el('path', {
        d: `M${fmt(l.from.x)} ${fmt(l.from.y)} C${fmt(c1)} ${fmt(l.from.y)} ${fmt(c2)} ${fmt(l.to.y)} ${fmt(l.to.x)} ${fmt(l.to.y)}`,
        fill: 'none',
        stroke: l.colour,
        'stroke-width': l.width,
        'stroke-dasharray': dash.dash ? dash.dash.map((d) => d * 0.75).join(' ') : null,
        'stroke-linecap': dash.linecap,
        'marker-end': `url(#${marker(l.basis)})`,
      }),
    );
  }
  for (const n of page.nodes) {
    const inner: string[] = [
      el('path', {
        d: shapePath(n.shape, n.width, n.height),
        fill: n.fill,
        stroke: n.stroke,
        'stroke-width': n.strokeWidth,
        'stroke-dasharray': n.gap ? '4 2.5' : null,
      }),
    ];
    const padV = Math.max(3, 10 * (n.fontSize / 12.5));
    const pad = padV + n.textInset;
    const head = [n.code, n.meta].filter((t): t is string => !!t).join('  ·  ');
    const first = padV * 0.5 + n.fontSize;
    inner.push(text({ x: pad, y: first, 'font-size': n.fontSize, 'font-weight': 'bold', fill: n.colour }, head));
    n.lines.forEach((line, i) =>
      inner.push(
        text(
          {
            x: n.rtl ? n.width - pad : pad,
            y: first + (i + 1) * n.lineHeight,
            'font-size': n.fontSize,
            fill: n.gap ? page.muted : page.ink,
            'font-style': n.gap ? 'italic' : null,
            'text-anchor': n.rtl ? 'end' : null,
            direction: n.rtl ? 'rtl' : null,
          },
          line,
        ),
      ),
    );
    parts.push(block('g', { transform: `translate(${fmt(n.x)} ${fmt(n.y)})`, 'data-node': n.id }, inner));
  }

  // Legend and footer.
  let x = MARGIN;
  let ly = page.height - MARGIN - FOOTER_PT * 1.4 - 2 * LEGEND_PT * 1.6;
  for (const item of page.legend) {
    const w = item.text.length * LEGEND_PT * 0.55 + 6;
    if (x + 20 + w > page.width - MARGIN) {
      x = MARGIN;
      ly += LEGEND_PT * 1.6;
    }
    if (item.swatch === 'box')
      parts.push(
        el('rect', {
          x,
          y: ly + 1,
          width: 14,
          height: LEGEND_PT,
          fill: item.colour,
          'fill-opacity': 0.35,
          stroke: item.colour,
        }),
      );
    else {
      const dash = LINK_DASH[item.swatch];
      parts.push(
        el('path', {
          d: `M${fmt(x)} ${fmt(ly + LEGEND_PT / 2 + 1)} h14`,
          stroke: item.colour,
          'stroke-width': 1.25,
          'stroke-dasharray': dash.dash ? dash.dash.map((d) => d * 0.6).join(' ') : null,
          'stroke-linecap': dash.linecap,
        }),
      );
    }
    parts.push(text({ x: x + 18, y: ly + LEGEND_PT, 'font-size': LEGEND_PT, fill: page.ink }, item.text));
    x += 18 + w + 10;
  }
  parts.push(text({ x: MARGIN, y: page.height - MARGIN, 'font-size': FOOTER_PT, fill: page.muted }, page.footer));

  return block(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width: `${fmt(page.width)}pt`,
      height: `${fmt(page.height)}pt`,
      viewBox: `0 0 ${fmt(page.width)} ${fmt(page.height)}`,
      'font-family': FONT,
    },
    [block('defs', {}, defs), ...parts],
  );
}

/** The pages as one HTML document that prints one SVG per page at the page's size (for Chromium's PDF). */
export function pagesHtml(pages: readonly Page[], title: string): string {
  const first = pages[0];
  const w = first?.width ?? 960;
  const h = first?.height ?? 540;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeXml(title)}</title><style>
@page { size: ${fmt(w)}pt ${fmt(h)}pt; margin: 0 }
html, body { margin: 0; padding: 0 }
.page { width: ${fmt(w)}pt; height: ${fmt(h)}pt; overflow: hidden; break-after: page }
.page:last-child { break-after: auto }
svg { display: block }
</style></head><body>
${pages.map((p) => `<div class="page">${pageSvg(p)}</div>`).join('\n')}
</body></html>`;
}
