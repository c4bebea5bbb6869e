/**
 * PowerPoint (.pptx) with native, editable shapes, one slide per planned page (and per saved view in a deck):
 * one shape per node holding its fill, outline and text (code row in bold, then the full title, at the size our
 * page plan fitted), links as connectors glued to their nodes (`p:cxnSp` whose `a:stCxn`/`a:endCxn` name the
 * node shapes, so moving a box in PowerPoint or Impress keeps its links attached), arrowheads at the target end,
 * dash styles by basis, the view's description as speaker notes.
 *
 * pptxgenjs (loaded on demand) writes the slides; it has no glued connectors, so they are added to each slide's
 * XML afterwards with JSZip.
 */
import type { Basis, Shape } from '../model/schema';
import { escapeXml } from './escape';
import type { Page, PageNode } from './page/plan';
import { PAGE_TEXT } from './page/plan';
import { FONT_STACK } from '../draw/look';

/** The first font of the stack: what Office and LibreOffice get asked for. */
export const OFFICE_FONT = FONT_STACK.split(',')[0]?.trim() ?? 'Arial';

/** OOXML preset of each node shape, and the indices of its connection sites on the left and right sides. */
export const PRESET: Record<Shape, { prst: string; left: number; right: number }> = {
  rect: { prst: 'rect', left: 1, right: 3 },
  rounded: { prst: 'roundRect', left: 1, right: 3 },
  pill: { prst: 'flowChartTerminator', left: 1, right: 3 },
  hexagon: { prst: 'hexagon', left: 3, right: 0 },
  chamfer: { prst: 'snip2DiagRect', left: 1, right: 3 },
  ellipse: { prst: 'ellipse', left: 2, right: 6 },
};

/** Line pattern of a basis in DrawingML: official solid, derived dashed, proposed dotted. */
export const DASH: Record<Basis, 'solid' | 'dash' | 'sysDot'> = {
  official: 'solid',
  derived: 'dash',
  proposed: 'sysDot',
};

const EMU_PER_PT = 12700;
const emu = (pt: number) => Math.round(pt * EMU_PER_PT);
const inch = (pt: number) => pt / 72;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const NODE_PREFIX = 'node:';

export interface PptxSlide {
  page: Page;
  /** Speaker notes: the saved view's description, or what the page holds. */
  notes?: string;
}

/** The deck as .pptx bytes. */
export async function exportPptx(slides: readonly PptxSlide[], meta: { title: string }): Promise<Uint8Array> {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')]);
  const pptx = new PptxGenJS();
  const first = slides[0]?.page;
  pptx.defineLayout({ name: 'PAGE', width: inch(first?.width ?? 960), height: inch(first?.height ?? 540) });
  pptx.layout = 'PAGE';
  pptx.title = meta.title;
  pptx.company = '';
  for (const { page, notes } of slides) {
    const slide = pptx.addSlide() as unknown as PptxSlideApi & { background: unknown; addNotes(t: string): unknown };
    slide.background = { color: hex(page.background) };
    frameText(slide, page);
    for (const node of page.nodes) nodeShape(slide, node);
    const note = [page.part, notes ?? page.notes].filter((t) => t && t.trim() !== '').join('\n\n');
    if (note !== '') slide.addNotes(note);
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, { page }] of slides.entries()) {
    const path = `ppt/slides/slide${i + 1}.xml`;
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) throw new Error(`${path} is missing from the generated presentation`);
    zip.file(path, withConnectors(xml, page));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The few slide calls used, with loose option objects (pptxgenjs' own option types are checked at run time). */
interface PptxSlideApi {
  addText(text: unknown, options: Record<string, unknown>): unknown;
  addShape(shape: unknown, options: Record<string, unknown>): unknown;
}

function frameText(slide: PptxSlideApi, page: Page) {
  const { MARGIN, TITLE_PT, SUBTITLE_PT, LEGEND_PT, FOOTER_PT } = PAGE_TEXT;
  const w = page.width - 2 * MARGIN;
  const base = { fontFace: OFFICE_FONT, margin: 0, valign: 'top', fit: 'none', color: hex(page.ink) };
  slide.addText(page.title, {
    ...base,
    x: inch(MARGIN),
    y: inch(MARGIN - 6),
    w: inch(w),
    h: inch(TITLE_PT * 1.3),
    fontSize: TITLE_PT,
    bold: true,
    objectName: 'Title',
  });
  const sub = [page.subtitle.replace(/\n/g, ' '), page.part].filter((t) => t !== '');
  if (sub.length > 0) {
    slide.addText(
      sub.map((t, i) => ({ text: t, options: { breakLine: i < sub.length - 1, bold: i === 1 && page.part !== '' } })),
      {
        ...base,
        color: hex(page.muted),
        x: inch(MARGIN),
        y: inch(MARGIN - 6 + TITLE_PT * 1.3),
        w: inch(w),
        h: inch(page.area.y - MARGIN - TITLE_PT * 1.3),
        fontSize: SUBTITLE_PT,
        objectName: 'Subtitle',
      },
    );
  }
  for (const h of page.headers) {
    slide.addText(h.text, {
      ...base,
      x: inch(h.x),
      y: inch(h.y),
      w: inch(h.width),
      h: inch(h.fontSize * 1.5),
      fontSize: h.fontSize,
      bold: true,
      color: hex(h.colour),
      objectName: `Column ${h.text}`,
    });
  }
  // Legend: swatches and words on one or two rows above the footer.
  const legendY = page.height - MARGIN - FOOTER_PT * 1.4 - 2 * LEGEND_PT * 1.6;
  let x = MARGIN;
  let y = legendY;
  for (const item of page.legend) {
    const textWidth = item.text.length * LEGEND_PT * 0.55 + 6;
    if (x + 20 + textWidth > page.width - MARGIN) {
      x = MARGIN;
      y += LEGEND_PT * 1.6;
    }
    if (item.swatch === 'box') {
      slide.addShape('rect', {
        x: inch(x),
        y: inch(y + 1),
        w: inch(14),
        h: inch(LEGEND_PT),
        fill: { color: hex(item.colour), transparency: 60 },
        line: { color: hex(item.colour), width: 1 },
        objectName: `Legend ${item.text}`,
      });
    } else {
      slide.addShape('line', {
        x: inch(x),
        y: inch(y + LEGEND_PT / 2 + 1),
        w: inch(14),
        h: 0,
        line: { color: hex(item.colour), width: 1.25, dashType: DASH[item.swatch], endArrowType: 'triangle' },
        objectName: `Legend ${item.text}`,
      });
    }
    slide.addText(item.text, {
      ...base,
      x: inch(x + 18),
      y: inch(y),
      w: inch(textWidth),
      h: inch(LEGEND_PT * 1.4),
      fontSize: LEGEND_PT,
    });
    x += 18 + textWidth + 10;
  }
  slide.addText(page.footer, {
    ...base,
    color: hex(page.muted),
    x: inch(MARGIN),
    y: inch(page.height - MARGIN - FOOTER_PT * 1.4),
    w: inch(w),
    h: inch(FOOTER_PT * 1.4),
    fontSize: FOOTER_PT,
    objectName: 'Footer',
  });
}

function nodeShape(slide: PptxSlideApi, node: PageNode) {
  const preset = PRESET[node.shape];
  const runs: { text: string; options: Record<string, unknown> }[] = [];
  const head = [node.code, node.meta].filter((t): t is string => !!t).join('  ·  ');
  const lang = node.rtl ? 'ar-SA' : undefined;
  runs.push({ text: head, options: { bold: true, color: hex(node.colour), breakLine: true } });
  node.lines.forEach((line, i) =>
    runs.push({
      text: line,
      options: {
        breakLine: i < node.lines.length - 1,
        italic: node.gap,
        ...(lang ? { lang, rtlMode: true } : {}),
      },
    }),
  );
  const pad = Math.max(3, 10 * (node.fontSize / 12.5));
  slide.addText(runs, {
    shape: preset.prst,
    x: inch(node.x),
    y: inch(node.y),
    w: inch(node.width),
    h: inch(node.height),
    fill: { color: hex(node.fill) },
    line: { color: hex(node.stroke), width: node.strokeWidth, dashType: node.gap ? 'dash' : 'solid' },
    rectRadius: node.shape === 'rounded' ? 0.08 : undefined,
    fontFace: OFFICE_FONT,
    fontSize: node.fontSize,
    color: '1D2733',
    // Shapes whose text area Office insets (hexagon, pill, ellipse) keep the text centred in it.
    valign: node.textInset > 0 ? 'middle' : 'top',
    align: node.rtl ? 'right' : 'left',
    margin: [pad * 0.5, pad + node.textInset, pad * 0.3, pad + node.textInset],
    fit: 'none',
    wrap: true,
    objectName: `${NODE_PREFIX}${node.id}`,
    ...(node.rtl ? { rtlMode: true, lang: 'ar-SA' } : {}),
  });
}

/** Adds one glued connector per link of `page` to the slide's XML, next to the node shapes. */
export function withConnectors(xml: string, page: Page): string {
  const ids = new Map<string, number>();
  let maxId = 0;
  for (const m of xml.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"[^>]*?\bname="([^"]*)"/g)) {
    const id = Number(m[1]);
    maxId = Math.max(maxId, id);
    const name = unescapeXml(m[2] ?? '');
    if (name.startsWith(NODE_PREFIX)) ids.set(name.slice(NODE_PREFIX.length), id);
  }
  const shapeOf = new Map(page.nodes.map((n) => [n.id, n.shape]));
  const connectors: string[] = [];
  for (const link of page.links) {
    const a = ids.get(link.source);
    const b = ids.get(link.target);
    if (a === undefined || b === undefined) continue;
    const pa = PRESET[shapeOf.get(link.source) ?? 'rect'];
    const pb = PRESET[shapeOf.get(link.target) ?? 'rect'];
    const { from, to } = link;
    const x = Math.min(from.x, to.x);
    const y = Math.min(from.y, to.y);
    const flipH = to.x < from.x ? ' flipH="1"' : '';
    const flipV = to.y < from.y ? ' flipV="1"' : '';
    const geometry = from.side === to.side ? 'bentConnector3' : 'curvedConnector3';
    // A loop within a column leaves and enters on the same side: bent out by a fixed amount.
    const av =
      from.side === to.side
        ? `<a:avLst><a:gd name="adj1" fmla="val ${from.side === 'right' ? 20000000 / Math.max(1, Math.abs(to.x - from.x) || 1) : -100000}"/></a:avLst>`
        : '<a:avLst/>';
    const dash = DASH[link.basis];
    connectors.push(
      `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${++maxId}" name="${escapeXml(`link:${link.source}->${link.target}`)}" descr="${escapeXml(`${link.relation} (${link.basis})`)}"/>` +
        `<p:cNvCxnSpPr><a:stCxn id="${a}" idx="${from.side === 'right' ? pa.right : pa.left}"/><a:endCxn id="${b}" idx="${to.side === 'right' ? pb.right : pb.left}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
        `<p:spPr><a:xfrm${flipH}${flipV}><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(Math.abs(to.x - from.x))}" cy="${emu(Math.abs(to.y - from.y))}"/></a:xfrm>` +
        `<a:prstGeom prst="${geometry}">${from.side === to.side ? '<a:avLst/>' : av}</a:prstGeom>` +
        `<a:ln w="${emu(link.width)}"${dash === 'sysDot' ? ' cap="rnd"' : ''}><a:solidFill><a:srgbClr val="${hex(link.colour)}"/></a:solidFill>` +
        `<a:prstDash val="${dash}"/><a:tailEnd type="triangle" w="med" len="med"/></a:ln></p:spPr></p:cxnSp>`,
    );
  }
  // Connectors go first in the tree, so they are drawn under the nodes as on screen.
  const at = xml.indexOf('<p:grpSpPr');
  const close = at >= 0 ? xml.indexOf('</p:grpSpPr>', at) : -1;
  if (close < 0) return xml.replace('</p:spTree>', `${connectors.join('')}</p:spTree>`);
  const insert = close + '</p:grpSpPr>'.length;
  return xml.slice(0, insert) + connectors.join('') + xml.slice(insert);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
