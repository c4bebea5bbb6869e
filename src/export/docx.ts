/**
 * Word (.docx): a thin writer of the page scenes (`page/plan.ts`, `draw/pageScene.ts`): each page is a Word
 * drawing canvas (`wpc`) holding the scene as native shapes, one per node (outline, code row and full title), with
 * connectors glued to their nodes that Word keeps attached when a box is moved, and the title block, column
 * headers, legend and footer as text boxes and small shapes; then a table of the nodes and one of the links
 * shown, for reading and for screen readers.
 *
 * docx (loaded on demand) writes the document and the canvas; the scene decides positions and text sizes (9 pt
 * or more). Connectors are elbows (`bentConnector3`): LibreOffice draws Word's curved connectors with loops.
 */
import type { Dataset, MapLink, MapNode, Shape } from '../model/schema';
import { linkKey } from '../model/graph';
import { groupOpacity, groupTransform, type Scene } from '../draw/scene';
import { faded, officeNodes, place, placeCircle, sideOf, textBoxOf, type NodeRun } from './officeScene';
import { shapePath } from '../draw/shapes';
import { DASH, OFFICE_FONT } from './pptx';

/**
 * A node outline as a custom shape drawn from the same path as the SVG (`draw/shapes.ts`), with the whole box for
 * text (presets inset it, and Word then re-wraps our lines) and connection points in the middle of its sides.
 */
function customShape(shape: Shape, w: number, h: number) {
  return {
    type: 'custom',
    path: shapePath(shape, w, h),
    connectionPoints: [
      { x: 0, y: h / 2, side: 'left' },
      { x: w, y: h / 2, side: 'right' },
      { x: w / 2, y: 0, side: 'top' },
      { x: w / 2, y: h, side: 'bottom' },
    ],
  } as const;
}
const DOCX_DASH = { solid: 'solid', dash: 'dash', sysDot: 'shortDot' } as const;

/** Drawing units are the canvas's pixels (96 per inch); points for sizes are 3/4 of them. */
const pt = (u: number) => u * 0.75;
/** Half-points, the unit of a Word run's size, for a size in drawing units. */
const half = (u: number) => Math.round(u * 1.5);
const NO_LINE = { color: 'FFFFFF', transparency: 100 };

/** Route of the connectors: elbows, which Word and LibreOffice draw alike. */
export const DOCX_ROUTE = 'elbow';

export interface DocxInput {
  dataset: Dataset;
  /** The page scenes, planned for the page less its margins (`DOCX_MARGIN`). */
  pages: readonly { scene: Scene; part?: string }[];
  /** The nodes and links shown, for the tables. */
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  /** Page size in points. */
  page: { width: number; height: number };
  margin: number;
}

/** Margin of the Word document's pages, in points. */
export const DOCX_MARGIN = 36;

export async function exportDocx(input: DocxInput): Promise<Uint8Array> {
  const docx = await import('docx');
  const { ShapeCanvasRun } = await import('docx/shapes');
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, PageOrientation, HeadingLevel } =
    docx;
  const textRun = (r: NodeRun, opacity = 1) =>
    new TextRun({
      text: r.text,
      font: OFFICE_FONT,
      size: half(r.size),
      bold: r.bold,
      italics: r.italic,
      color: faded(r.colour, opacity),
      rightToLeft: r.rtl,
    });
  const run = (text: string, o: { size: number; bold?: boolean; color?: string }) =>
    new TextRun({ text, font: OFFICE_FONT, size: Math.round(o.size * 2), bold: o.bold, color: o.color });
  // Paragraphs at an exact line pitch, no space around them, so the scene's baselines hold.
  const para = (
    runs: NodeRun[],
    o: { pitch: number; rtl?: boolean; align?: 'left' | 'center' | 'right' },
    opacity = 1,
  ) =>
    new Paragraph({
      bidirectional: o.rtl,
      alignment: o.align,
      spacing: { before: 0, after: 0, line: Math.round(pt(o.pitch) * 20), lineRule: 'exact' as never },
      children: runs.map((r) => textRun(r, opacity)),
    });

  const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  input.pages.forEach(({ scene, part }, i) => {
    const children: unknown[] = [];
    const { nodes, nodeOf } = officeNodes(scene);
    const written = new Set<number>();
    const boxes = new Map([...nodes.values()].map((n) => [n.id, n.box]));
    const offset = (b: { x: number; y: number; w: number; h: number }) => ({
      width: Math.max(0.5, b.w),
      height: Math.max(0.5, b.h),
      offset: { left: b.x, top: b.y },
    });
    for (const item of scene.items) {
      const n = nodeOf.get(item.group);
      if (n !== undefined) {
        const node = nodes.get(n);
        if (written.has(n) || !node) continue;
        written.add(n);
        const paras = [];
        if (node.head.length > 0) paras.push(para(node.head, { pitch: node.headPitch }, node.opacity));
        for (const l of node.lines)
          paras.push(
            para([l], { pitch: node.linePitch, rtl: node.rtl, align: node.rtl ? 'right' : 'left' }, node.opacity),
          );
        children.push({
          id: node.id,
          ...customShape(node.shape.shape, node.shape.width, node.shape.height),
          transformation: offset(node.box),
          fill: faded(node.shape.fill, node.opacity),
          line: {
            color: faded(node.shape.stroke, node.opacity),
            width: pt(node.shape.strokeWidth * node.box.scale),
            dash: node.shape.dash ? 'dash' : 'solid',
          },
          textOptions: {
            verticalAlignment: 'top',
            margins: { top: pt(node.padTop), left: pt(node.padX), right: pt(node.padX * 0.5), bottom: 0 },
          },
          altText: { name: node.id, description: node.tooltip },
          children: paras,
        });
        continue;
      }
      const fade = groupOpacity(scene, item.group);
      switch (item.type) {
        case 'link': {
          const t = groupTransform(scene, item.group);
          if (item.role === 'legend') {
            // A legend sample: a straight line with the arrowhead, as the links are drawn.
            children.push({
              type: 'line',
              transformation: offset({
                x: t.x + item.curve.start.x * t.scale,
                y: t.y + item.curve.start.y * t.scale,
                w: 38 * t.scale,
                h: 0,
              }),
              line: {
                color: faded(item.style.colour, fade),
                width: pt(item.style.width * t.scale),
                dash: DOCX_DASH[DASH[item.basis]],
                endArrow: 'triangle',
              },
            });
            break;
          }
          if (!item.from || !item.to) break;
          const last = item.curve.segments[item.curve.segments.length - 1]?.to ?? item.curve.start;
          const fromSide = sideOf(boxes.get(item.from), t.x + item.curve.start.x * t.scale);
          const toSide = sideOf(boxes.get(item.to), t.x + last.x * t.scale);
          const dash = DOCX_DASH[DASH[item.basis]];
          children.push({
            type: 'connector',
            from: { id: item.from, side: fromSide },
            to: { id: item.to, side: toSide },
            route: DOCX_ROUTE,
            line: {
              color: faded(item.style.colour, fade * item.style.opacity),
              width: pt(item.style.width * t.scale),
              dash,
              ...(item.arrow === 'end' ? { endArrow: 'triangle' } : {}),
              ...(item.arrow === 'start' ? { startArrow: 'triangle' } : {}),
            },
            altText: { name: `${item.from} → ${item.to}`, description: `${item.basis} link` },
          });
          break;
        }
        case 'text': {
          const { x, y, w, h, pitch, size } = textBoxOf(scene, item, { widen: 1.1, pad: 6, singlePitch: 1.25 });
          const align = item.anchor === 'start' ? 'left' : item.anchor === 'middle' ? 'center' : 'right';
          children.push({
            type: 'rectangle',
            transformation: offset({ x, y, w, h }),
            line: NO_LINE,
            textOptions: { verticalAlignment: 'top', wrap: false, margins: { top: 0, left: 0, right: 0, bottom: 0 } },
            children: item.lines.map((l) =>
              para(
                [{ text: l.text, size, bold: item.bold, italic: item.italic, colour: item.fill, rtl: item.rtl }],
                { pitch, rtl: item.rtl, align },
                fade,
              ),
            ),
          });
          break;
        }
        case 'rect':
        case 'shape': {
          const b = place(scene, item.group, item);
          const stroke =
            item.stroke && item.strokeWidth
              ? {
                  color: faded(item.stroke, fade),
                  width: pt(item.strokeWidth * b.scale),
                  // Dashed as on screen: a gap's border, a group outline.
                  dash: item.dash ? ('dash' as const) : ('solid' as const),
                }
              : NO_LINE;
          const geometry =
            item.type === 'shape'
              ? customShape(item.shape, item.width, item.height)
              : { type: item.radius ? 'roundedRectangle' : 'rectangle' };
          children.push({ ...geometry, transformation: offset(b), fill: faded(item.fill, fade), line: stroke });
          break;
        }
        case 'circle': {
          const b = placeCircle(scene, item);
          children.push({
            type: 'ellipse',
            transformation: offset(b),
            fill: faded(item.fill, fade),
            line: { color: faded(item.stroke, fade), width: pt(item.strokeWidth * b.scale) },
          });
          break;
        }
        case 'rule': {
          children.push({
            type: 'rectangle',
            transformation: offset(place(scene, item.group, { ...item, height: item.strokeWidth })),
            fill: faded(item.stroke, fade),
            line: NO_LINE,
          });
          break;
        }
        case 'icon':
        case 'accent':
        case 'polygon':
          break;
      }
    }
    body.push(
      new Paragraph({
        pageBreakBefore: i > 0,
        spacing: { before: 0, after: 0 },
        children: [
          new ShapeCanvasRun({
            children: children as never,
            transformation: { width: scene.width, height: scene.height },
            altText: {
              name: part || scene.title,
              description: [scene.title, scene.description].filter((t) => t !== '').join(' — '),
            },
          }),
        ],
      }),
    );
  });

  // The tables: every node and link shown, by code and title.
  const kinds = new Map(input.dataset.kinds.map((k) => [k.id, k.singular]));
  const byId = new Map(input.dataset.nodes.map((n) => [n.id, n]));
  const title = (id: string) => byId.get(id)?.label ?? 'title not yet sourced';
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [run(text, { size: 9, bold })] })] });
  const tableOf = (header: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
        ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
      ],
    });
  body.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      pageBreakBefore: true,
      children: [run('Nodes shown', { size: 13, bold: true })],
    }),
  );
  body.push(
    tableOf(
      ['Code', 'Title', 'Kind', 'Periods', 'Confidence'],
      input.visible.nodes.map((n) => [
        n.code ?? '',
        n.label ?? 'title not yet sourced',
        kinds.get(n.kind) ?? n.kind,
        n.periods.join(', '),
        n.confidence,
      ]),
    ),
  );
  body.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('Links shown', { size: 13, bold: true })] }),
  );
  const seen = new Set<string>();
  body.push(
    tableOf(
      ['From', 'Relation', 'To', 'Basis', 'Confidence'],
      input.visible.links
        .filter((l) => !seen.has(linkKey(l)) && seen.add(linkKey(l)))
        .map((l) => [
          `${byId.get(l.source)?.code ?? ''} ${title(l.source)}`.trim(),
          l.relation,
          `${byId.get(l.target)?.code ?? ''} ${title(l.target)}`.trim(),
          l.basis,
          l.confidence,
        ]),
    ),
  );

  const portrait = input.page.height > input.page.width;
  const twip = (pt: number) => Math.round(pt * 20);
  const doc = new Document({
    title: input.pages[0]?.scene.title || input.dataset.meta.title,
    creator: 'Strategy Map',
    styles: { default: { document: { run: { font: OFFICE_FONT } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              // docx swaps width and height itself for landscape.
              width: twip(Math.min(input.page.width, input.page.height)),
              height: twip(Math.max(input.page.width, input.page.height)),
              orientation: portrait ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
            },
            margin: {
              top: twip(input.margin),
              bottom: twip(input.margin),
              left: twip(input.margin),
              right: twip(input.margin),
            },
          },
        },
        children: body,
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}
