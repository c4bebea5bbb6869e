/**
 * PowerPoint (.pptx): a thin writer of the page scenes (`page/plan.ts`, `draw/pageScene.ts`), one slide per page
 * (and per saved view in a deck). Each node is one native shape holding its fill, outline and text (code row,
 * then the full title, at the size the scene fitted); each map link is a connector glued to its two nodes
 * (`p:cxnSp` whose `a:stCxn`/`a:endCxn` name the node shapes and their side's connection site, so moving a box in
 * PowerPoint or Impress keeps its links attached), with the scene's arrowhead, colour, width and dash; the title
 * block, column headers, legend and footer are text boxes and small shapes at the scene's positions.
 *
 * What DrawingML cannot hold inside one shape is left out of the node: its icon and colour bar (the outline is in
 * the kind's colour) and the code's pill (the code is bold, in the kind's colour); confidence shows as ●●○.
 *
 * pptxgenjs (loaded on demand) writes the package (slides, layout, notes); the shapes are this module's own XML
 * (`slideShapes`), written in the element order PresentationML requires and checked by `pptx.test.ts`.
 */
import type { Basis, Shape } from '../model/schema';
import { FONT_STACK } from '../draw/look';
import { groupOpacity, groupTransform, type Scene, type SceneLink, type SceneText } from '../draw/scene';
import { shapePath } from '../draw/shapes';
import { escapeXml } from './escape';
import type { Page } from './page/plan';
import {
  faded,
  officeNodes,
  place,
  placeCircle,
  sideOf,
  textBoxOf,
  type Box,
  type NodeRun,
  type OfficeNode,
} from './officeScene';

/** The first font of the stack: what Office and LibreOffice get asked for. */
export const OFFICE_FONT = FONT_STACK.split(',')[0]?.trim() ?? 'Arial';

/**
 * Node outlines are custom geometry drawn from the same path as the SVG (`draw/shapes.ts`), so every shape looks
 * as on screen, its text area is the whole box (presets inset it, and Office then re-wraps our lines) and its
 * connection sites are known: the middle of the top, left, bottom and right sides, the order of the `rect` preset,
 * which Impress assumes for any shape's connection index (it does not read a custom `a:cxnLst`), so PowerPoint
 * and Impress glue each end to the same side.
 */
export const SITES = { top: 0, left: 1, bottom: 2, right: 3, count: 4 } as const;

/** `a:custGeom` of a node shape of `width` × `height` (map units), drawn in a box `box` (drawing units). */
export function shapeGeom(shape: Shape, width: number, height: number, box: { w: number; h: number }): string {
  const P = 100;
  const n = (v: string | undefined) => Math.round(Number(v ?? '0') * P);
  const path: string[] = [];
  for (const m of shapePath(shape, width, height).matchAll(/([MLCZ])([^MLCZ]*)/g)) {
    const nums = (m[2] ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter((t) => t !== '');
    const pts: string[] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) pts.push(`<a:pt x="${n(nums[i])}" y="${n(nums[i + 1])}"/>`);
    if (m[1] === 'M') path.push(`<a:moveTo>${pts[0] ?? ''}</a:moveTo>`);
    else if (m[1] === 'L') path.push(...pts.map((p) => `<a:lnTo>${p}</a:lnTo>`));
    else if (m[1] === 'C')
      for (let i = 0; i + 2 < pts.length; i += 3)
        path.push(`<a:cubicBezTo>${pts.slice(i, i + 3).join('')}</a:cubicBezTo>`);
    else path.push('<a:close/>');
  }
  const w = emu(box.w);
  const h = emu(box.h);
  const site = (ang: number, x: number, y: number) => `<a:cxn ang="${ang}"><a:pos x="${x}" y="${y}"/></a:cxn>`;
  // Children in schema order: avLst, gdLst, ahLst, cxnLst, rect, pathLst.
  return (
    '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst>' +
    site(16200000, Math.round(w / 2), 0) +
    site(10800000, 0, Math.round(h / 2)) +
    site(5400000, Math.round(w / 2), h) +
    site(0, w, Math.round(h / 2)) +
    '</a:cxnLst><a:rect l="l" t="t" r="r" b="b"/>' +
    `<a:pathLst><a:path w="${Math.round(width * P)}" h="${Math.round(height * P)}">${path.join('')}</a:path></a:pathLst></a:custGeom>`
  );
}

/** Line pattern of a basis in DrawingML: official solid, derived dashed, proposed dotted. */
export const DASH: Record<Basis, 'solid' | 'dash' | 'sysDot'> = {
  official: 'solid',
  derived: 'dash',
  proposed: 'sysDot',
};

/** EMU per drawing unit (1/96 inch). */
const EMU = 9525;
const emu = (u: number) => Math.round(u * EMU);
/** Hundredths of a point, for a text size in drawing units. */
const centiPt = (u: number) => Math.round(u * 75);
const hex = (colour: string) => colour.replace('#', '').toUpperCase().slice(0, 6);
export const NODE_PREFIX = 'node:';

export interface PptxSlide {
  scene: Scene;
  /** Speaker notes: the saved view's description, or what the page holds. */
  notes?: string;
}

/** Slides of planned pages: each page's scene, with what it holds and the view's description as notes. */
export function pptxSlides(pages: readonly Page[]): PptxSlide[] {
  return pages.map((p) => ({
    scene: p.scene,
    notes: [p.part, p.notes].filter((t) => t.trim() !== '').join('\n\n'),
  }));
}

/** The deck as .pptx bytes. */
export async function exportPptx(slides: readonly PptxSlide[], meta: { title: string }): Promise<Uint8Array> {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')]);
  const pptx = new PptxGenJS();
  const first = slides[0]?.scene;
  pptx.defineLayout({ name: 'PAGE', width: (first?.width ?? 1280) / 96, height: (first?.height ?? 720) / 96 });
  pptx.layout = 'PAGE';
  pptx.title = meta.title;
  pptx.company = '';
  for (const { scene, notes } of slides) {
    const slide = pptx.addSlide() as unknown as { background: unknown; addNotes(t: string): unknown };
    slide.background = { color: hex(scene.background) };
    if (notes && notes.trim() !== '') slide.addNotes(notes);
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, { scene }] of slides.entries()) {
    const path = `ppt/slides/slide${i + 1}.xml`;
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) throw new Error(`${path} is missing from the generated presentation`);
    zip.file(path, withShapes(xml, scene));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The slide's XML with the scene's shapes added to its shape tree (after the tree's own properties). */
export function withShapes(xml: string, scene: Scene): string {
  let maxId = 1;
  for (const m of xml.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
  const shapes = slideShapes(scene, maxId + 1);
  const at = xml.indexOf('</p:grpSpPr>');
  if (at < 0) return xml.replace('</p:spTree>', `${shapes}</p:spTree>`);
  const insert = at + '</p:grpSpPr>'.length;
  return xml.slice(0, insert) + shapes + xml.slice(insert);
}

/**
 * The scene as PresentationML shape-tree children (`p:sp`, `p:cxnSp`), in paint order, ids from `firstId`.
 * Pure, so its structure is unit-tested.
 */
export function slideShapes(scene: Scene, firstId = 2): string {
  let nextId = firstId;
  const out: string[] = [];
  const { nodes, nodeOf } = officeNodes(scene);
  // Shape ids of the nodes, known before the connectors that name them.
  const shapeId = new Map<string, { id: number; node: OfficeNode }>();
  for (const node of nodes.values()) shapeId.set(node.id, { id: nextId++, node });
  const written = new Set<number>();
  for (const item of scene.items) {
    const n = nodeOf.get(item.group);
    if (n !== undefined) {
      const node = nodes.get(n);
      const s = node ? shapeId.get(node.id) : undefined;
      if (!written.has(n) && node && s) out.push(nodeShape(node, s.id));
      written.add(n);
      continue;
    }
    const fade = groupOpacity(scene, item.group);
    const id = nextId++;
    switch (item.type) {
      case 'link':
        out.push(item.role === 'map' ? connector(scene, item, shapeId, id, fade) : legendLine(scene, item, id, fade));
        break;
      case 'text':
        out.push(textBox(scene, item, id));
        break;
      case 'rect': {
        const b = place(scene, item.group, item);
        const adj = item.radius
          ? `<a:gd name="adj" fmla="val ${Math.round(Math.min(0.5, item.radius / Math.max(1e-9, Math.min(item.width, item.height))) * 100000)}"/>`
          : '';
        const ln = line(item.stroke, item.strokeWidth, b.scale, fade, item.dash ? 'dash' : 'solid');
        out.push(
          sp(id, `Rectangle ${id}`, b, geom(item.radius ? 'roundRect' : 'rect', adj), fill(item.fill, fade), ln),
        );
        break;
      }
      case 'shape': {
        const b = place(scene, item.group, item);
        const ln = line(item.stroke, item.strokeWidth, b.scale, fade, item.dash ? 'dash' : 'solid');
        out.push(
          sp(id, `Swatch ${id}`, b, shapeGeom(item.shape, item.width, item.height, b), fill(item.fill, fade), ln),
        );
        break;
      }
      case 'circle': {
        const b = placeCircle(scene, item);
        const ln = line(item.stroke, item.strokeWidth, b.scale, fade, 'solid');
        out.push(sp(id, `Dot ${id}`, b, geom('ellipse', ''), fill(item.fill, fade), ln));
        break;
      }
      case 'rule': {
        const b = place(scene, item.group, { ...item, height: 0 });
        const ln = line(item.stroke, item.strokeWidth, b.scale, fade, 'solid');
        out.push(sp(id, `Rule ${id}`, b, geom('line', ''), '<a:noFill/>', ln));
        break;
      }
      // Icons, colour bars and the arrowheads of legend samples have no native shape: left out.
      case 'icon':
      case 'accent':
      case 'polygon':
        break;
    }
  }
  return out.join('');
}

const xfrm = (b: Box, flips = '') =>
  `<a:xfrm${flips}><a:off x="${emu(b.x)}" y="${emu(b.y)}"/><a:ext cx="${emu(b.w)}" cy="${emu(b.h)}"/></a:xfrm>`;
const geom = (prst: string, adj: string) => `<a:prstGeom prst="${prst}"><a:avLst>${adj}</a:avLst></a:prstGeom>`;

const solid = (colour: string, opacity = 1) =>
  `<a:solidFill><a:srgbClr val="${faded(colour, opacity)}"/></a:solidFill>`;
const fill = (colour: string | undefined, opacity: number) =>
  colour && colour !== 'none' ? solid(colour, opacity) : '<a:noFill/>';
function line(
  colour: string | undefined,
  width: number | undefined,
  scale: number,
  opacity: number,
  dash: 'solid' | 'dash' | 'sysDot',
  ends = '',
): string {
  if (!colour || colour === 'none' || !width) return '<a:ln><a:noFill/></a:ln>';
  // a:ln children in schema order: fill, dash, join, head end, tail end.
  return `<a:ln w="${emu(width * scale)}"${dash === 'sysDot' ? ' cap="rnd"' : ''}>${solid(colour, opacity)}<a:prstDash val="${dash}"/><a:round/>${ends}</a:ln>`;
}

/** A `p:sp`: non-visual properties, shape properties (xfrm, geometry, fill, line), then the text body. */
function sp(
  id: number,
  name: string,
  b: Box,
  geometry: string,
  fillXml: string,
  lineXml: string,
  body = '',
  box = false,
): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvSpPr${box ? ' txBox="1"' : ''}/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(b)}${geometry}${fillXml}${lineXml}</p:spPr>${body}</p:sp>`
  );
}

type Run = NodeRun;

const LANG_RTL = 'ar-SA';
function run(r: Run, opacity: number): string {
  const attrs = `lang="${r.rtl ? LANG_RTL : 'en-GB'}" sz="${centiPt(r.size)}" b="${r.bold ? 1 : 0}" i="${r.italic ? 1 : 0}" dirty="0"`;
  // a:rPr children in schema order: fill, then the fonts (latin, ea, cs).
  return `<a:r><a:rPr ${attrs}>${solid(r.colour, opacity)}<a:latin typeface="${OFFICE_FONT}"/><a:ea typeface="${OFFICE_FONT}"/><a:cs typeface="${OFFICE_FONT}"/></a:rPr><a:t>${escapeXml(r.text)}</a:t></a:r>`;
}

/** A paragraph of runs, lines separated by `a:br`, at an exact line pitch (drawing units). */
function paragraph(
  lines: Run[][],
  o: { align: 'l' | 'ctr' | 'r'; rtl: boolean; pitch: number | null },
  opacity: number,
): string {
  const spacing = o.pitch ? `<a:lnSpc><a:spcPts val="${centiPt(o.pitch)}"/></a:lnSpc>` : '';
  const ppr = `<a:pPr algn="${o.align}"${o.rtl ? ' rtl="1"' : ''}>${spacing}<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>`;
  const size = lines[0]?.[0]?.size ?? 12;
  const body = lines
    .map((runs) => runs.map((r) => run(r, opacity)).join(''))
    .join(`<a:br><a:rPr lang="en-GB" sz="${centiPt(size)}" dirty="0"/></a:br>`);
  return `<a:p>${ppr}${body}<a:endParaRPr lang="en-GB" sz="${centiPt(size)}" dirty="0"/></a:p>`;
}

function textBody(
  paragraphs: string[],
  insets: { l: number; t: number; r: number; b: number },
  o: { wrap: boolean; anchor: 't' | 'ctr' },
): string {
  const ins = `lIns="${emu(insets.l)}" tIns="${emu(insets.t)}" rIns="${emu(insets.r)}" bIns="${emu(insets.b)}"`;
  return `<p:txBody><a:bodyPr wrap="${o.wrap ? 'square' : 'none'}" ${ins} anchor="${o.anchor}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>${paragraphs.join('')}</p:txBody>`;
}

/** One node: its outline shape with its code row and full title as text, named `node:<id>`. */
function nodeShape(node: OfficeNode, id: number): string {
  const { shape, box: b, opacity: fade } = node;
  const paragraphs: string[] = [];
  if (node.head.length > 0)
    paragraphs.push(paragraph([node.head], { align: 'l', rtl: false, pitch: node.headPitch }, fade));
  if (node.lines.length > 0)
    paragraphs.push(
      paragraph(
        node.lines.map((l) => [l]),
        { align: node.rtl ? 'r' : 'l', rtl: node.rtl, pitch: node.linePitch },
        fade,
      ),
    );
  const body = textBody(
    paragraphs,
    { l: node.padX, t: node.padTop, r: node.padX * 0.5, b: 0 },
    { wrap: true, anchor: 't' },
  );
  const ln = line(shape.stroke, shape.strokeWidth, b.scale, fade, shape.dash ? 'dash' : 'solid');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(`${NODE_PREFIX}${node.id}`)}" descr="${escapeXml(node.tooltip)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(b)}${shapeGeom(shape.shape, shape.width, shape.height, b)}${fill(shape.fill, fade)}${ln}</p:spPr>${body}</p:sp>`
  );
}

/** A text run outside the nodes as a text box that does not wrap, placed so its baselines match the scene's. */
function textBox(scene: Scene, t: SceneText, id: number): string {
  const fade = groupOpacity(scene, t.group);
  const { pitch, size, ...b } = textBoxOf(scene, t, { widen: 1.08, pad: 4, singlePitch: 1.2 });
  const lines = t.lines.map((l) => [
    { text: l.text, size, bold: t.bold, italic: t.italic, colour: t.fill, rtl: t.rtl },
  ]);
  const align = t.anchor === 'start' ? 'l' : t.anchor === 'middle' ? 'ctr' : 'r';
  const body = textBody(
    [paragraph(lines, { align, rtl: t.rtl, pitch }, fade)],
    { l: 0, t: 0, r: 0, b: 0 },
    { wrap: false, anchor: 't' },
  );
  const name = t.role === 'title' ? 'Title' : t.role === 'footer' ? 'Footer' : `${t.role} ${id}`;
  return sp(id, name, b, geom('rect', ''), '<a:noFill/>', '<a:ln><a:noFill/></a:ln>', body, true);
}

/** A legend sample: a straight line with an arrowhead, as the map's links are drawn. */
function legendLine(scene: Scene, link: SceneLink, id: number, fade: number): string {
  const t = groupTransform(scene, link.group);
  const start = link.curve.start;
  const b = { x: t.x + start.x * t.scale, y: t.y + start.y * t.scale, w: 38 * t.scale, h: 0, scale: t.scale };
  const ln = line(
    link.style.colour,
    link.style.width,
    t.scale,
    fade * link.style.opacity,
    DASH[link.basis],
    '<a:tailEnd type="triangle" w="med" len="med"/>',
  );
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Legend ${link.basis}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr>${xfrm(b)}${geom('straightConnector1', '')}<a:noFill/>${ln}</p:spPr></p:cxnSp>`
  );
}

/**
 * Connector geometry between columns: straight (`straightConnector1`), which PowerPoint and Impress draw alike
 * (Impress re-routes elbow connectors on opening, through the boxes); loops within a column are elbows.
 */
export const CONNECTOR = 'straightConnector1';

/**
 * A map link as a connector glued to its nodes: `a:stCxn` at the node where the scene's curve starts and
 * `a:endCxn` where it ends, on the side the curve leaves and enters, with the arrowhead at the scene's end.
 */
function connector(
  scene: Scene,
  link: SceneLink,
  shapes: ReadonlyMap<string, { id: number; node: OfficeNode }>,
  id: number,
  fade: number,
): string {
  const t = groupTransform(scene, link.group);
  const at = (p: { x: number; y: number }) => ({ x: t.x + p.x * t.scale, y: t.y + p.y * t.scale });
  const a = at(link.curve.start);
  const last = link.curve.segments[link.curve.segments.length - 1];
  const z = at(last ? last.to : link.curve.start);
  const from = link.from ? shapes.get(link.from) : undefined;
  const to = link.to ? shapes.get(link.to) : undefined;
  const fromSide = sideOf(from?.node.box, a.x);
  const toSide = sideOf(to?.node.box, z.x);
  const site = (_s: { node: OfficeNode } | undefined, sd: 'left' | 'right') => SITES[sd];
  const glue =
    (from ? `<a:stCxn id="${from.id}" idx="${site(from, fromSide)}"/>` : '') +
    (to ? `<a:endCxn id="${to.id}" idx="${site(to, toSide)}"/>` : '');
  // The connector's box runs from its start to its end; flips say which way. A loop (both ends on the same side)
  // goes out past that side by a fixed distance, as an elbow whose middle leg lies outside the box.
  const flipH = z.x < a.x;
  const flipV = z.y < a.y;
  let w = Math.abs(z.x - a.x);
  const h = Math.abs(z.y - a.y);
  let adj = '';
  if (fromSide === toSide) {
    const out = 18 * t.scale;
    w = Math.max(w, 1);
    const sign = (fromSide === 'right') !== flipH ? 1 : -1;
    adj = `<a:gd name="adj1" fmla="val ${Math.round(((sign > 0 ? w + out : -out) / w) * 100000)}"/>`;
  }
  const b = { x: Math.min(a.x, z.x), y: Math.min(a.y, z.y), w, h, scale: t.scale };
  const flips = `${flipH ? ' flipH="1"' : ''}${flipV ? ' flipV="1"' : ''}`;
  const arrow = '<a:headEnd type="triangle" w="med" len="med"/>';
  const ends = `${link.arrow === 'start' ? arrow : ''}${link.arrow === 'end' ? '<a:tailEnd type="triangle" w="med" len="med"/>' : ''}`;
  const ln = line(link.style.colour, link.style.width, t.scale, fade * link.style.opacity, DASH[link.basis], ends);
  const name = `link:${link.from ?? ''}->${link.to ?? ''}`;
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}" descr="${escapeXml(`${link.basis} link`)}"/>` +
    `<p:cNvCxnSpPr>${glue}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr>${xfrm(b, flips)}${geom(fromSide === toSide ? 'bentConnector3' : CONNECTOR, adj)}<a:noFill/>${ln}</p:spPr></p:cxnSp>`
  );
}
