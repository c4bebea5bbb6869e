/**
 * Word (.docx): each planned page as a Word drawing canvas (`wpc`) of native shapes, one per node, with connectors
 * that Word keeps attached when a box is moved, under the page's title and filters and over its legend and
 * source line; then a table of the nodes and one of the links shown, for reading and for screen readers.
 *
 * docx (loaded on demand) writes the document; the page plan decides positions and text sizes (9 pt or more).
 */
import type { Dataset, MapLink, MapNode, Shape } from '../model/schema';
import { linkKey } from '../model/graph';
import type { Page } from './page/plan';
import { DASH, OFFICE_FONT } from './pptx';

/** docx preset names of our node shapes. */
const DOCX_SHAPE: Record<Shape, string> = {
  rect: 'rectangle',
  rounded: 'roundedRectangle',
  pill: 'flowChartTerminator',
  hexagon: 'hexagon',
  chamfer: 'diagonalSnippedCornersRectangle',
  ellipse: 'ellipse',
};
const DOCX_DASH = { solid: 'solid', dash: 'dash', sysDot: 'shortDot' } as const;

/** Points to the canvas's pixels (96 per inch). */
const px = (pt: number) => (pt * 96) / 72;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
/** Half-points, the unit of a Word run's size. */
const half = (pt: number) => Math.round(pt * 2);

export interface DocxInput {
  dataset: Dataset;
  pages: readonly Page[];
  /** The nodes and links shown, for the tables. */
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  /** Page size in points; the canvas pages are planned for it less `margin`. */
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
  const run = (text: string, o: { size: number; bold?: boolean; italic?: boolean; color?: string; rtl?: boolean }) =>
    new TextRun({
      text,
      font: OFFICE_FONT,
      size: half(o.size),
      bold: o.bold,
      italics: o.italic,
      color: o.color,
      rightToLeft: o.rtl,
    });

  const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  input.pages.forEach((page, i) => {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: i > 0,
        children: [run(page.title, { size: 16, bold: true, color: hex(page.ink) })],
      }),
    );
    for (const line of [page.subtitle.replace(/\n/g, ' '), page.part].filter((t) => t !== ''))
      body.push(
        new Paragraph({ children: [run(line, { size: 10, color: hex(page.muted), bold: line === page.part })] }),
      );

    const ox = page.area.x;
    const oy = page.area.y;
    const children: unknown[] = [];
    for (const h of page.headers) {
      children.push({
        type: 'rectangle',
        transformation: {
          width: px(h.width),
          height: px(h.fontSize * 1.6),
          offset: { left: px(h.x - ox), top: px(h.y - oy) },
        },
        line: { color: 'FFFFFF', transparency: 100 },
        textOptions: { verticalAlignment: 'top', margins: { top: 0, left: 0, right: 0, bottom: 0 } },
        children: [new Paragraph({ children: [run(h.text, { size: h.fontSize, bold: true, color: hex(h.colour) })] })],
      });
    }
    for (const n of page.nodes) {
      const head = [n.code, n.meta].filter((t): t is string => !!t).join('  ·  ');
      const pad = Math.max(2, 8 * (n.fontSize / 12.5));
      children.push({
        id: n.id,
        type: DOCX_SHAPE[n.shape],
        transformation: { width: px(n.width), height: px(n.height), offset: { left: px(n.x - ox), top: px(n.y - oy) } },
        fill: hex(n.fill),
        line: { color: hex(n.stroke), width: n.strokeWidth, dash: n.gap ? 'dash' : 'solid' },
        textOptions: {
          verticalAlignment: n.textInset > 0 ? 'center' : 'top',
          margins: { top: pad * 0.5, left: pad + n.textInset, right: pad + n.textInset, bottom: pad * 0.3 },
        },
        altText: { name: n.id, description: [n.code, n.lines.join(' ')].filter(Boolean).join(' — ') },
        children: [
          new Paragraph({ children: [run(head, { size: n.fontSize, bold: true, color: hex(n.colour) })] }),
          new Paragraph({
            bidirectional: n.rtl,
            children: [run(n.lines.join(' '), { size: n.fontSize, italic: n.gap, color: '1D2733', rtl: n.rtl })],
          }),
        ],
      });
    }
    for (const l of page.links) {
      children.push({
        type: 'connector',
        from: { id: l.source, side: l.from.side },
        to: { id: l.target, side: l.to.side },
        route: 'curved',
        line: { color: hex(l.colour), width: l.width, dash: DOCX_DASH[DASH[l.basis]], endArrow: 'triangle' },
        altText: { name: `${l.source} → ${l.target}`, description: `${l.relation} (${l.basis})` },
      });
    }
    body.push(
      new Paragraph({
        children: [
          new ShapeCanvasRun({
            children: children as never,
            transformation: { width: px(page.area.width), height: px(page.area.height) },
            altText: {
              name: page.part || page.title,
              description: `${page.nodes.length} nodes, ${page.links.length} links`,
            },
          }),
        ],
      }),
    );
    body.push(
      new Paragraph({
        children: [run(page.legend.map((l) => (l.swatch === 'box' ? `■ ${l.text}` : l.text)).join('   '), { size: 9 })],
      }),
    );
    body.push(new Paragraph({ children: [run(page.footer, { size: 9, color: hex(page.muted) })] }));
  });

  // The tables: every node and link shown, by code and title.
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
  const kinds = new Map(input.dataset.kinds.map((k) => [k.id, k.singular]));
  const byId = new Map(input.dataset.nodes.map((n) => [n.id, n]));
  const title = (id: string) => byId.get(id)?.label ?? 'title not yet sourced';
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
    title: input.pages[0]?.title ?? input.dataset.meta.title,
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
