/**
 * What each column means: guessed from its header (English words, our export's headers, Kumu's), shown to the
 * user, who can change any guess before importing. Kinds are matched against a kind list (the ITU preset or the
 * open dataset's), so "Programme", "WTDC programmes" and "programme" all mean the programme kind.
 */
import type { Kind } from '../../model/schema';

/** What a column can hold. `chain` is a column of a chain table holding items of one kind. */
export const ROLES = [
  'ignore',
  'id',
  'kind',
  'code',
  'title',
  'translation',
  'description',
  'period',
  'region',
  'sector',
  'study-group',
  'tags',
  'instrument',
  'adopted-for',
  'from',
  'to',
  'relation',
  'basis',
  'confidence',
  'note',
  'sources',
  'chain',
] as const;
export type Role = (typeof ROLES)[number];

/** How the mapping step names a role. */
export const ROLE_LABELS: Record<Role, string> = {
  ignore: 'ignore this column',
  id: 'id',
  kind: 'kind (type)',
  code: 'code',
  title: 'title',
  translation: 'title in another language',
  description: 'description',
  period: 'period',
  region: 'region',
  sector: 'sector',
  'study-group': 'study group',
  tags: 'tags',
  instrument: 'instrument',
  'adopted-for': 'adopted for (cycle)',
  from: 'from (contributing item)',
  to: 'to (item contributed to)',
  relation: 'relation',
  basis: 'basis',
  confidence: 'confidence',
  note: 'note',
  sources: 'sources',
  chain: 'items of a kind (chain)',
};

export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  header: string;
  role: Role;
  /** For `chain` columns: the kind id (an existing kind, or one to create from `header`). */
  kind?: string;
  /** For `translation` columns: the language tag. */
  lang?: string;
  /** True when the role was guessed from the header rather than chosen by the user. */
  guessed: boolean;
}

/** Header text reduced for matching: lower case, letters and digits only, single spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-./:()[\]#*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER_ROLES: [Role, string[]][] = [
  ['id', ['id', 'identifier', 'key', 'node id', 'item id', 'element id']],
  ['kind', ['kind', 'type', 'element type', 'item type', 'node type', 'category', 'level']],
  ['code', ['code', 'short code', 'number', 'no', 'ref', 'reference code']],
  ['title', ['label', 'title', 'name', 'official title', 'element', 'item']],
  ['description', ['description', 'desc', 'summary', 'details', 'text']],
  ['period', ['period', 'periods', 'cycle', 'years', 'year', 'planning cycle']],
  ['region', ['region', 'regions']],
  ['sector', ['sector', 'bureau']],
  ['study-group', ['study group', 'studygroup', 'sg']],
  ['tags', ['tags', 'tag', 'topics', 'topic', 'keywords']],
  ['instrument', ['instrument', 'adopted by', 'action plan']],
  ['adopted-for', ['adopted for', 'adopted cycle']],
  ['from', ['from', 'source', 'contributor', 'from id', 'from item', 'source id', 'child']],
  ['to', ['to', 'target', 'contributes to', 'to id', 'to item', 'target id', 'parent']],
  ['relation', ['relation', 'relationship', 'connection type', 'link type']],
  ['basis', ['basis', 'evidence', 'status']],
  ['confidence', ['confidence', 'certainty']],
  ['note', ['note', 'notes', 'comment', 'comments', 'rationale', 'remarks']],
  ['sources', ['sources', 'source document', 'source documents', 'citation', 'citations', 'reference', 'references']],
];

/** Headers our own CSV/XLSX export writes that carry nothing the import needs (derived from other columns). */
const DERIVED_HEADERS = new Set([
  'kind name',
  'kind label',
  'source code',
  'target code',
  'source title',
  'target title',
  'from code',
  'to code',
  'from title',
  'to title',
]);

/** Other names people give the ITU kinds, beyond their id, singular and plural. */
const KIND_SYNONYMS: Record<string, string[]> = {
  goal: ['goal', 'goals', 'strategic goal', 'sp goal', 'objective', 'strategic objective'],
  'thematic-priority': ['thematic priority', 'thematic priorities', 'priority theme', 'tp'],
  programme: ['programme', 'programmes', 'program', 'programs', 'wtdc programme', 'wtdc priority', 'itu d priority'],
  'regional-initiative': ['regional initiative', 'regional initiatives', 'ri', 'initiative', 'initiatives'],
  'wsis-action-line': ['wsis action line', 'wsis action lines', 'action line', 'action lines', 'wsis', 'wsis al'],
  'study-question': ['question', 'questions', 'study question', 'study questions', 'sg question', 'itu d question'],
  target: ['target', 'targets', 'strategic target'],
  resolution: ['resolution', 'resolutions', 'wtdc resolution'],
  'study-group': ['study group', 'study groups'],
  sdg: ['sdg', 'sdgs', 'sustainable development goal', 'sustainable development goals'],
};

/** The kind a header or a Type value names, among `kinds`, or undefined. */
export function matchKind(text: string, kinds: readonly Kind[]): Kind | undefined {
  const key = normalise(text);
  if (key === '') return undefined;
  for (const kind of kinds) {
    const names = [kind.id, kind.singular, kind.plural, ...(KIND_SYNONYMS[kind.id] ?? [])].map(normalise);
    if (names.includes(key)) return kind;
  }
  return undefined;
}

/** The role a header suggests in a sheet of items, of connections, or of chains. */
export function guessColumn(
  header: string,
  index: number,
  sheetShape: 'elements' | 'connections' | 'chain',
  kinds: readonly Kind[],
): ColumnMapping {
  const key = normalise(header);
  const base = { index, header, guessed: true };
  // `Title (ar)` as our export writes it, `label_ar` as the older CSV did, `Name zh-Hans`.
  const translation = /^(?:label|title|name)\s*[\s(_]\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\)?$/i.exec(header.trim());
  if (translation && sheetShape === 'elements') return { ...base, role: 'translation', lang: translation[1]! };
  if (DERIVED_HEADERS.has(key)) return { ...base, role: 'ignore' };
  if (sheetShape === 'chain') {
    const kind = matchKind(header, kinds);
    if (kind) return { ...base, role: 'chain', kind: kind.id };
    for (const role of ['period', 'basis', 'confidence', 'note', 'sources'] as const) {
      if (namesOf(role).includes(key)) return { ...base, role };
    }
    return { ...base, role: 'chain', kind: newKindId(header) };
  }
  if (sheetShape === 'connections' && (key === 'type' || key === 'kind')) return { ...base, role: 'relation' };
  if (sheetShape === 'elements' && (key === 'source' || key === 'target')) return { ...base, role: 'ignore' };
  if (sheetShape === 'connections' && key === 'sources') return { ...base, role: 'sources' };
  for (const [role, names] of HEADER_ROLES) {
    if (sheetShape === 'elements' && (role === 'from' || role === 'to' || role === 'relation' || role === 'basis'))
      continue;
    if (
      sheetShape === 'connections' &&
      !['from', 'to', 'relation', 'basis', 'confidence', 'note', 'sources'].includes(role)
    )
      continue;
    if (names.map(normalise).includes(key)) return { ...base, role };
  }
  return { ...base, role: 'ignore', guessed: false };
}

function namesOf(role: Role): string[] {
  return (HEADER_ROLES.find(([r]) => r === role)?.[1] ?? []).map(normalise);
}

/** A kind id made from a name: "Country projects" → `country-projects`. */
export function newKindId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = /^[a-z]/.test(slug) ? slug : `kind-${slug}`;
  return id.replace(/-+$/, '') || 'kind';
}

/** Which kind of sheet a header row looks like, from the roles its columns would have. */
export function classifySheet(
  name: string,
  headers: readonly string[],
  kinds: readonly Kind[],
): 'elements' | 'connections' | 'chain' | 'sources' | 'kinds' | 'unknown' {
  const keys = headers.map(normalise);
  const sheet = normalise(name.replace(/\.(csv|txt|tsv)$/i, ''));
  const has = (...names: string[]) => names.some((n) => keys.includes(n));
  if (has('from', 'source', 'from id', 'source id') && has('to', 'target', 'to id', 'target id')) return 'connections';
  // The documents cited (our export's Sources sheet or sources CSV): titles and addresses, no kinds.
  const sourcesName = /sources?|documents?|references?/.test(sheet);
  if (sourcesName && has('title') && has('url', 'address', 'link') && !has('kind')) return 'sources';
  if (/\bkinds?$/.test(sheet) && has('singular', 'colour', 'color')) return 'kinds';
  const kindColumns = headers.filter((h) => matchKind(h, kinds) !== undefined).length;
  if (kindColumns >= 2 && !has('label', 'title', 'name')) return 'chain';
  if (has('label', 'title', 'name', 'id', 'code')) return 'elements';
  return kindColumns >= 1 ? 'chain' : 'unknown';
}
