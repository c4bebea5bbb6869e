/**
 * The facts the built-in dataset is made from (`data/facts/*.yaml`), their shape, and a loader that reports any
 * mistake by file, item and field. The YAML files are the only input of the build: correcting a fact means
 * editing one of them (see data/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { BASES, CONFIDENCES, RelationSchema, SourceSchema, ViewSchema } from '../../src/model/schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const period = z.string().regex(/^\d{4}(-\d{4})?$/, 'must be a year or a period like 2024-2027');
const confidence = z.enum(CONFIDENCES);

/** A citation: a source id, or a source id with a locator (page, section). */
export const FactRefSchema = z.union([nonEmpty, z.strictObject({ source: nonEmpty, locator: nonEmpty })]);

/** A link written under the node it starts from. */
export const FactLinkSchema = z.strictObject({
  to: nonEmpty.describe('Id of the node this one contributes to or belongs to.'),
  relation: nonEmpty,
  basis: z.enum(BASES),
  confidence,
  sources: z.array(FactRefSchema).min(1, 'a link cites at least one source'),
  note: z.string().optional(),
});

export const FactNodeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
  code: nonEmpty.optional().describe('Only a code ITU itself uses; never a made-up id.'),
  title: z.string().nullable().describe('The official title exactly as sourced, or null (a gap).'),
  sector: nonEmpty.optional(),
  region: nonEmpty.optional(),
  studyGroup: nonEmpty.optional(),
  periods: z.array(period).min(1, 'give the period(s) the item is in force or active'),
  instrument: nonEmpty.optional(),
  adoptedFor: period.optional(),
  confidence,
  sources: z.array(FactRefSchema).min(1, 'an item cites at least one source'),
  note: z.string().optional(),
  description: nonEmpty.describe('What the item is, in our own words.'),
  tags: z
    .record(nonEmpty, nonEmpty)
    .optional()
    .describe('Topic tag -> why (the words of the title or source that justify it).'),
  links: z.array(FactLinkSchema).optional(),
});

export const FactFileSchema = z.strictObject({
  kind: nonEmpty,
  nodes: z.array(FactNodeSchema),
});

export const SourcesFileSchema = z.strictObject({
  sources: z.array(SourceSchema.extend({ type: SourceSchema.shape.type.unwrap() })),
});

export const DatasetFileSchema = z.strictObject({
  title: nonEmpty,
  description: nonEmpty,
  version: nonEmpty,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  relations: z.array(RelationSchema).min(1),
  views: z.array(ViewSchema),
  topics: z.record(nonEmpty, nonEmpty).describe('The topic tags nodes may carry, and what each covers.'),
});

export type FactRef = z.infer<typeof FactRefSchema>;
export type FactLink = z.infer<typeof FactLinkSchema>;
export type FactNode = z.infer<typeof FactNodeSchema>;
export type FactFile = z.infer<typeof FactFileSchema>;

export interface Facts {
  dataset: z.infer<typeof DatasetFileSchema>;
  sources: z.infer<typeof SourcesFileSchema>['sources'];
  /** Node files, by file name (sorted). */
  files: { name: string; kind: string; nodes: FactNode[] }[];
}

/** A mistake in the facts, located by file and path ("regional-initiatives.yaml: nodes[3].periods[0]: ..."). */
export class FactsError extends Error {
  constructor(readonly problems: string[]) {
    super(`data/facts has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
}

function parseFile<T>(dir: string, name: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(dir, name), 'utf8'));
  } catch (e) {
    problems.push(`${name}: not valid YAML: ${(e as Error).message}`);
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${name}: ${locate(raw, issue.path)}: ${issue.message}`);
  }
  return undefined;
}

/** "nodes[3] (q6-2-2022).periods[0]": the path, with the id of the node it falls in. */
function locate(raw: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let at: unknown = raw;
  for (const key of path) {
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      text += `[${key}]`;
      const id = at !== null && typeof at === 'object' ? (at as { id?: unknown }).id : undefined;
      if (typeof id === 'string') text += ` (${id})`;
    } else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(file)' : text;
}

/** Reads every file of `dir` (data/facts); throws a FactsError listing every problem found. */
export function loadFacts(dir: string): Facts {
  const problems: string[] = [];
  const dataset = parseFile(dir, 'dataset.yaml', DatasetFileSchema, problems);
  const sources = parseFile(dir, 'sources.yaml', SourcesFileSchema, problems)?.sources;
  const files: Facts['files'] = [];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'dataset.yaml' && f !== 'sources.yaml')
    .sort();
  for (const name of names) {
    const file = parseFile(dir, name, FactFileSchema, problems);
    if (file) files.push({ name, kind: file.kind, nodes: file.nodes });
  }
  if (problems.length > 0 || !dataset || !sources) throw new FactsError(problems);
  return { dataset, sources, files };
}
