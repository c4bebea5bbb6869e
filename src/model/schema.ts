/**
 * The Strategy Map dataset format, defined once. Everything else (TypeScript types, the JSON Schema in
 * `data/schema.json`, validation) is derived from these zod schemas.
 */
import { z } from 'zod';

// No code generation: zod would otherwise probe `new Function` once, which a strict Content-Security-Policy
// (no 'unsafe-eval') reports as a violation on every load. Set here, before any schema is built.
z.config({ jitless: true });

/** Bumped when a dataset written for an older version can no longer be read as-is. */
export const FORMAT_VERSION = 1;

import { BASES, CARRIES, CONFIDENCES, ICONS, SHAPES, SOURCE_TYPES } from './vocabulary';

// Re-exported: the vocabularies live apart so that code which only needs them (the layout worker, say) does not
// pull zod into its bundle.
export { BASES, CARRIES, CONFIDENCES, ICONS, SHAPES, SOURCE_TYPES };

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date like 2024-05-31');
const period = z.string().regex(/^\d{4}(-\d{4})?$/, 'must be a year or a period like 2024-2027');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');

export const ConfidenceSchema = z.enum(CONFIDENCES).describe('How sure we are of this fact.');
export const BasisSchema = z
  .enum(BASES)
  .describe(
    'official: a source states the link; derived: it follows structurally from the documents; proposed: an analyst mapping.',
  );

/** A citation of one of the dataset's `meta.sources`, optionally narrowed to a page or section. */
export const SourceRefSchema = z.strictObject({
  source: nonEmpty.describe('Id of an entry in meta.sources.'),
  locator: z.string().optional().describe('Page, section or paragraph within the source.'),
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const SourceSchema = z.strictObject({
  id: nonEmpty,
  title: nonEmpty.describe('Title of the document or page cited (for a copy: the ITU document it copies).'),
  symbol: z
    .string()
    .optional()
    .describe('Official document symbol, e.g. "C23/9" or "Resolution 71 (Rev. Bucharest, 2022)".'),
  type: z
    .enum(SOURCE_TYPES)
    .optional()
    .describe(
      'authority (default): an ITU or UN page or document; copy: a third-party copy of an ITU document (title and symbol name the document, readIn the copy); secondary: a report about it (news, a ministry page); file: a file a person supplied, such as an imported spreadsheet (no url).',
    ),
  url: httpUrl.optional().describe('Address of the document itself. Required unless the source is a copy or a file.'),
  readIn: httpUrl.optional().describe('For a copy: the address of the third-party copy it was read in.'),
  date: isoDate.optional(),
  issuer: z.string().optional(),
});

export const RelationSchema = z.strictObject({
  id: nonEmpty.describe('The relation as links name it: contributes-to, belongs-to ...'),
  label: nonEmpty.describe('How people read it, e.g. "contributes to".'),
  carries: z
    .enum(CARRIES)
    .describe('contribution: chains walk through it; membership: the target is a container of the source.'),
  description: z.string().optional(),
});

export const MetaSchema = z.strictObject({
  title: nonEmpty,
  description: z.string(),
  version: nonEmpty,
  date: isoDate,
  sources: z.array(SourceSchema),
});

export const KindSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
  singular: nonEmpty,
  plural: nonEmpty,
  colour,
  shape: z.enum(SHAPES),
  icon: z.enum(ICONS).optional(),
  hidden: z
    .boolean()
    .optional()
    .describe('When true, the column is off by default and people turn it on in the filters (for context kinds).'),
});

export const NodeSchema = z.strictObject({
  id: nonEmpty.describe('Unique and stable; not shown to users.'),
  kind: nonEmpty.describe('Id of an entry in kinds.'),
  code: nonEmpty
    .optional()
    .describe('The official short id shown to users (C5, Q3/2, AFR1); absent when there is none.'),
  label: z.string().nullable().describe('Official title, or null when it is not yet sourced (a gap).'),
  description: z.string().describe('What this is, in the dataset authors’ own words.'),
  periods: z.array(period),
  sector: z.string().optional(),
  region: z.string().optional(),
  studyGroup: z.string().optional(),
  sources: z.array(SourceRefSchema),
  confidence: ConfidenceSchema,
  note: z.string().optional().describe('Why the confidence is what it is, or any caveat.'),
  translations: z.record(z.string(), z.string()).optional().describe('Label per language tag (ar, zh, ru ...).'),
  tags: z.array(nonEmpty).optional().describe('Topic tags (cybersecurity, broadband ...) for search by topic.'),
  instrument: z
    .string()
    .optional()
    .describe('The instrument that adopted or defines the item, e.g. "Kigali Action Plan (WTDC-22)".'),
  adoptedFor: period
    .optional()
    .describe('The cycle the item was adopted for, when it differs from or narrows its active periods.'),
});

export const LinkSchema = z.strictObject({
  source: nonEmpty.describe('Id of the contributing node (e.g. the programme).'),
  target: nonEmpty.describe('Id of the node it contributes to (e.g. the goal).'),
  relation: nonEmpty.describe('contributes-to, implements, addresses, belongs-to ...'),
  basis: BasisSchema,
  sources: z.array(SourceRefSchema),
  confidence: ConfidenceSchema,
  note: z.string().optional().describe('Required for derived and proposed links: how it follows, or why.'),
});

export const ViewSchema = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  description: z.string().optional(),
  state: z.string().describe('The view state as encoded in the app URL (filters, focus, viewport).'),
});

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  meta: MetaSchema,
  kinds: z.array(KindSchema).min(1),
  relations: z
    .array(RelationSchema)
    .optional()
    .describe(
      'The relations links may use and what each carries; when absent, belongs-to and part-of are membership, others contribution.',
    ),
  nodes: z.array(NodeSchema),
  links: z.array(LinkSchema),
  views: z.array(ViewSchema),
});

export type Confidence = z.infer<typeof ConfidenceSchema>;
export type Basis = z.infer<typeof BasisSchema>;
export type Shape = (typeof SHAPES)[number];
export type IconName = (typeof ICONS)[number];
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SourceType = (typeof SOURCE_TYPES)[number];
export type Carries = (typeof CARRIES)[number];
export type Relation = z.infer<typeof RelationSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Kind = z.infer<typeof KindSchema>;
export type MapNode = z.infer<typeof NodeSchema>;
export type MapLink = z.infer<typeof LinkSchema>;
export type SavedView = z.infer<typeof ViewSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
