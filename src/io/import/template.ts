/**
 * Empty workbooks to fill in, with the ITU kinds: a chain table (one column per kind) and items + connections
 * (Nodes, Links, Sources in the layout our export writes and the import reads), each with a Kinds sheet and a
 * short "Read me". write-excel-file is loaded on demand.
 */
import type { Dataset, Kind, SourceRef } from '../../model/schema';

export type TemplateShape = 'chain' | 'elements';

export interface TemplateSheet {
  name: string;
  rows: string[][];
}

export const NODE_HEADERS = [
  'ID',
  'Kind',
  'Code',
  'Title',
  'Description',
  'Periods',
  'Sector',
  'Region',
  'Study group',
  'Confidence',
  'Note',
  'Tags',
  'Sources',
];
export const LINK_HEADERS = ['Source ID', 'Target ID', 'Relation', 'Basis', 'Confidence', 'Note', 'Sources'];
export const SOURCE_HEADERS = ['ID', 'Title', 'Symbol', 'Type', 'URL', 'Read in', 'Date', 'Issuer'];
const KIND_HEADERS = ['ID', 'Singular', 'Plural', 'Colour', 'Shape', 'Icon', 'Hidden'];

function kindsSheet(kinds: readonly Kind[]): TemplateSheet {
  return {
    name: 'Kinds',
    rows: [
      KIND_HEADERS,
      ...kinds.map((k) => [k.id, k.singular, k.plural, k.colour, k.shape, k.icon ?? '', k.hidden ? 'TRUE' : '']),
    ],
  };
}

/** The sheets of a template, as text rows. */
export function templateSheets(shape: TemplateShape, kinds: readonly Kind[]): TemplateSheet[] {
  const shown = kinds.filter((k) => !k.hidden);
  if (shape === 'chain') {
    return [
      { name: 'Chains', rows: [[...shown.map((k) => k.singular), 'Period', 'Basis', 'Confidence', 'Note', 'Sources']] },
      {
        name: 'Read me',
        rows: [
          ['How to fill in the chain table'],
          ['Each row is a chain: an item in each column contributes to the item to its left.'],
          ['A repeated value is the same item. Several items in one cell: separate them with |.'],
          ['Leave a cell empty where the chain stops. Codes first then a colon: "C5: Building confidence".'],
          ['Basis: official, derived or proposed (proposed when empty); derived and proposed links need a note.'],
          ['Confidence: high, medium or low (medium when empty). Period: 2024-2027.'],
        ],
      },
    ];
  }
  return [
    { name: 'Nodes', rows: [NODE_HEADERS] },
    { name: 'Links', rows: [LINK_HEADERS] },
    { name: 'Sources', rows: [SOURCE_HEADERS] },
    kindsSheet(kinds),
    {
      name: 'Read me',
      rows: [
        ['How to fill in this workbook'],
        ['Nodes: one item per row. Kind is an id from the Kinds sheet (or a new name: a kind is made for it).'],
        ['Links: Source ID contributes to Target ID (an id, code or title from Nodes). Several: separate with |.'],
        ['Basis: official, derived or proposed; derived and proposed links need a note.'],
        ['Sources: ids from the Sources sheet, a locator in brackets, separated by ; e.g. "c23-9 (p. 4)".'],
      ],
    },
  ];
}

/** The template as an .xlsx blob (write-excel-file loaded on demand). */
export async function templateXlsx(shape: TemplateShape, kinds: readonly Kind[]): Promise<Blob> {
  return sheetsToXlsx(templateSheets(shape, kinds));
}

/** Text sheets as an .xlsx blob, every cell a text cell (never a formula), header row bold and frozen. */
export async function sheetsToXlsx(sheets: readonly TemplateSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      stickyRowsCount: 1,
      columns: (s.rows[0] ?? []).map((h) => ({ width: Math.max(12, Math.min(40, h.length + 4)) })),
      data: s.rows.map((row, i) =>
        row.map((c) =>
          c === '' ? null : { value: c, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) },
        ),
      ),
    })),
  ).toBlob();
}

/**
 * A whole dataset in the template's layout (the layout of our XLSX export): what the round-trip test writes and
 * reads back. Lists are joined with "; ", a citation is `id` or `id (locator)`.
 */
export function datasetSheets(dataset: Dataset): TemplateSheet[] {
  const languages = [...new Set(dataset.nodes.flatMap((n) => Object.keys(n.translations ?? {})))].sort();
  const refs = (r: readonly SourceRef[]) =>
    r.map((s) => (s.locator ? `${s.source} (${s.locator})` : s.source)).join('; ');
  const titleAt = NODE_HEADERS.indexOf('Title') + 1;
  const nodeHeaders = [
    ...NODE_HEADERS.slice(0, titleAt),
    ...languages.map((l) => `Title (${l})`),
    ...NODE_HEADERS.slice(titleAt),
    'Instrument',
    'Adopted for',
  ];
  const nodes = dataset.nodes.map((n) => [
    n.id,
    n.kind,
    n.code ?? '',
    n.label ?? '',
    ...languages.map((l) => n.translations?.[l] ?? ''),
    n.description,
    n.periods.join('; '),
    n.sector ?? '',
    n.region ?? '',
    n.studyGroup ?? '',
    n.confidence,
    n.note ?? '',
    (n.tags ?? []).join('; '),
    refs(n.sources),
    n.instrument ?? '',
    n.adoptedFor ?? '',
  ]);
  const links = dataset.links.map((l) => [
    l.source,
    l.target,
    l.relation,
    l.basis,
    l.confidence,
    l.note ?? '',
    refs(l.sources),
  ]);
  const sources = dataset.meta.sources.map((s) => [
    s.id,
    s.title,
    s.symbol ?? '',
    s.type ?? '',
    s.url ?? '',
    s.readIn ?? '',
    s.date ?? '',
    s.issuer ?? '',
  ]);
  return [
    { name: 'Nodes', rows: [nodeHeaders, ...nodes] },
    { name: 'Links', rows: [LINK_HEADERS, ...links] },
    { name: 'Sources', rows: [SOURCE_HEADERS, ...sources] },
    kindsSheet(dataset.kinds),
  ];
}
