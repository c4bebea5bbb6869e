/**
 * From tables and a column mapping to a dataset: items and connections (Kumu's layout, and our own export's), or
 * a chain table (one column per kind, each row a chain). What the file leaves out gets stated defaults (basis
 * `proposed`, confidence `medium`, the source "imported from <file>, <date>"), counted so the preview can say
 * so. The result goes through the same `validateDataset` as a JSON file, and every problem is located by
 * sheet, row and column.
 */
import type { Basis, Confidence, Dataset, Kind, MapLink, MapNode, Meta, Source, SourceRef } from '../../model/schema';
import { BASES, CONFIDENCES, FORMAT_VERSION, ICONS, SHAPES, SOURCE_TYPES } from '../../model/schema';
import { validateDataset } from '../../model/validate';
import { matchKind, newKindId, normalise, type ColumnMapping, type Role } from './columns';
import type { Table, TableRow } from './table';
import type { ImportProblem } from './types';

export interface SheetPlan {
  table: Table;
  columns: ColumnMapping[];
}

export interface ImportPlan {
  /** How the files are named in messages: `chains.xlsx`, or `nodes.csv + links.csv`. */
  label: string;
  shape: 'elements' | 'chain';
  elements?: SheetPlan;
  connections?: SheetPlan;
  chain?: SheetPlan;
  /** A sheet of sources (our export's Sources sheet), to resolve citations. */
  sources?: Table;
  /** A sheet of kinds (our export's Kinds sheet), for colours, shapes and labels. */
  kinds?: Table;
  /** A sheet of field/value pairs describing the dataset (our export's About sheet). */
  about?: Table;
  /** Problems found while reading the files and finding their tables. */
  readProblems: ImportProblem[];
  /** Sheets that were not recognised, by name, for the preview. */
  unusedSheets: string[];
}

/** What the import knows besides the file: the kinds to match (ITU preset) and sources to resolve citations. */
export interface ImportContext {
  kinds: readonly Kind[];
  sources: readonly Source[];
  /** Today, as 2026-12-01: dates the "imported from" source. */
  date: string;
}

export interface ImportCounts {
  nodes: number;
  links: number;
  kindsFromPreset: string[];
  kindsCreated: string[];
}

export interface ImportResult {
  /** Present only when there are no errors. */
  dataset?: Dataset;
  /** Every problem (reading, mapping, validation), errors first, each located. */
  problems: ImportProblem[];
  /** Stated defaults, in plain words ("basis 'proposed' for 40 links that give none"). */
  defaults: string[];
  counts: ImportCounts;
}

/** The id of the source every imported item cites when the file names none. */
export const IMPORT_SOURCE_ID = 'imported-file';

const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];

interface Origin {
  /** Sheet label; undefined for a lone CSV file. */
  sheet?: string;
  row: number;
  /** Header of the column each field was read from, for locating validation problems. */
  columns: Partial<Record<string, string>>;
}

interface Defaulted {
  basis: number;
  confidenceNodes: number;
  confidenceLinks: number;
  relation: number;
  note: number;
  sourcesNodes: number;
  sourcesLinks: number;
}

/** Builds and validates the dataset a plan describes. Never throws. */
export function buildDataset(plan: ImportPlan, ctx: ImportContext): ImportResult {
  return new Builder(plan, ctx).run();
}

class Builder {
  readonly problems: ImportProblem[] = [];
  readonly nodes: MapNode[] = [];
  readonly nodeOrigins: Origin[] = [];
  readonly links: MapLink[] = [];
  readonly linkOrigins: Origin[] = [];
  readonly linkRows: number[][] = [];
  readonly linkByKey = new Map<string, number>();
  readonly nodeIds = new Set<string>();
  readonly kinds = new Map<string, Kind>();
  readonly presetKinds: Kind[];
  readonly sources = new Map<string, Source>();
  readonly usedSources = new Set<string>();
  readonly defaulted: Defaulted = {
    basis: 0,
    confidenceNodes: 0,
    confidenceLinks: 0,
    relation: 0,
    note: 0,
    sourcesNodes: 0,
    sourcesLinks: 0,
  };
  readonly importSource: Source;

  constructor(
    readonly plan: ImportPlan,
    readonly ctx: ImportContext,
  ) {
    this.problems.push(...plan.readProblems);
    this.importSource = {
      id: IMPORT_SOURCE_ID,
      title: `imported from ${plan.label}, ${ctx.date}`,
      type: 'file',
    };
    this.presetKinds = [...ctx.kinds];
    for (const s of ctx.sources) this.sources.set(s.id, s);
    if (plan.sources) this.readSources(plan.sources);
    if (plan.kinds) this.readKinds(plan.kinds);
  }

  run(): ImportResult {
    if (this.plan.shape === 'chain') {
      if (this.plan.chain) this.readChain(this.plan.chain);
      else this.problems.push({ severity: 'error', message: 'no sheet looks like a chain table' });
    } else {
      if (this.plan.elements) this.readElements(this.plan.elements);
      if (this.plan.connections) this.readConnections(this.plan.connections);
      if (!this.plan.elements && !this.plan.connections) {
        this.problems.push({
          severity: 'error',
          message:
            'no sheet of items (with a Label, Title or Name column) or of connections (with From and To columns) was found',
        });
      }
    }
    const dataset = this.assemble();
    const counts: ImportCounts = {
      nodes: this.nodes.length,
      links: this.links.length,
      kindsFromPreset: [...this.kinds.values()].filter((k) => this.isPreset(k.id)).map((k) => k.singular),
      kindsCreated: [...this.kinds.values()].filter((k) => !this.isPreset(k.id)).map((k) => k.singular),
    };
    const validation = validateDataset(dataset);
    for (const p of validation.problems) {
      // Unlinked items are common in a first import and listed by the map's own warnings; keep the preview short.
      this.problems.push(this.locate(p.path, p.severity, p.message));
    }
    const problems = this.problems.sort((a, b) => rank(a) - rank(b));
    const ok = !problems.some((p) => p.severity === 'error') && validation.dataset !== undefined;
    return { ...(ok ? { dataset: validation.dataset } : {}), problems, defaults: this.defaultsText(), counts };
  }

  isPreset(id: string) {
    return this.presetKinds.some((k) => k.id === id) && !this.createdKinds.has(id);
  }

  readonly createdKinds = new Set<string>();

  // ── kinds ──────────────────────────────────────────────────────────────────────────────────────────────

  /** The kind a name stands for: one read from a Kinds sheet, the preset's, or a new one named after it. */
  kindFor(name: string): string {
    const known = matchKind(name, [...this.kinds.values()]) ?? matchKind(name, this.presetKinds);
    if (known) {
      if (!this.kinds.has(known.id)) this.kinds.set(known.id, known);
      return known.id;
    }
    return this.createKind(newKindId(name), name);
  }

  /** A kind by id (a chain column's choice): the preset's, or created with `name` as its label. */
  kindById(id: string, name: string): string {
    const existing = this.kinds.get(id) ?? this.presetKinds.find((k) => k.id === id);
    if (existing) {
      this.kinds.set(id, existing);
      return id;
    }
    return this.createKind(id, name);
  }

  createKind(id: string, name: string): string {
    if (this.kinds.has(id)) return id;
    const label = name.trim() || id;
    this.kinds.set(id, {
      id,
      singular: label,
      plural: label,
      colour: PALETTE[this.createdKinds.size % PALETTE.length]!,
      shape: 'rect',
      icon: 'dot',
    });
    this.createdKinds.add(id);
    return id;
  }

  readKinds(table: Table) {
    const col = columnsByName(table);
    for (const r of table.rows) {
      const get = (name: string) => cell(r, col.get(name));
      const id = get('id');
      if (id === '') continue;
      const shape = get('shape');
      const icon = get('icon');
      const kind: Kind = {
        id,
        singular: get('singular') || id,
        plural: get('plural') || get('singular') || id,
        colour: get('colour') || get('color') || PALETTE[this.kinds.size % PALETTE.length]!,
        shape: (SHAPES as readonly string[]).includes(shape) ? (shape as Kind['shape']) : 'rect',
        ...((ICONS as readonly string[]).includes(icon) ? { icon: icon as Kind['icon'] } : {}),
        ...(/^(true|yes|1)$/i.test(get('hidden')) ? { hidden: true } : {}),
      };
      this.kinds.set(id, kind);
    }
  }

  // ── sources ────────────────────────────────────────────────────────────────────────────────────────────

  readSources(table: Table) {
    const col = columnsByName(table);
    for (const r of table.rows) {
      const get = (name: string) => cell(r, col.get(name));
      const id = get('id');
      const title = get('title');
      if (id === '' && title === '') continue;
      const type = get('type');
      const source: Source = {
        id: id || `source-${r.row}`,
        title,
        ...(get('symbol') ? { symbol: get('symbol') } : {}),
        ...((SOURCE_TYPES as readonly string[]).includes(type) ? { type: type as Source['type'] } : {}),
        ...(get('url') ? { url: get('url') } : {}),
        ...(get('read in') ? { readIn: get('read in') } : {}),
        ...(get('date') ? { date: get('date') } : {}),
        ...(get('issuer') ? { issuer: get('issuer') } : {}),
      };
      this.sources.set(source.id, source);
      this.fileSources.add(source.id);
    }
  }

  readonly fileSources = new Set<string>();

  /** The file lists its sources (our own export): citations are read as they are, with no defaults. */
  get ownSources(): boolean {
    return (this.plan.sources?.rows.length ?? 0) > 0;
  }

  /**
   * Citations in a cell, as our export writes them ("Title (p. 3); Other title") or as ids or addresses,
   * separated by `;` or `|`. A citation that names no known source is kept as a locator on the import source.
   */
  citations(text: string, where: Omit<ImportProblem, 'severity' | 'message'>): SourceRef[] {
    const refs: SourceRef[] = [];
    const pieces = text
      .split(/\s*[;|\n]\s*/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    for (let i = 0; i < pieces.length; i++) {
      // A title may itself contain "; ": try the longest run of pieces that names a source.
      let matched = false;
      for (let j = pieces.length; j > i && !matched; j--) {
        const ref = this.citation(pieces.slice(i, j).join('; '));
        if (ref) {
          refs.push(ref);
          i = j - 1;
          matched = true;
        }
      }
      if (matched) continue;
      const piece = pieces[i]!;
      if (/^https?:\/\/\S+$/.test(piece)) {
        const id = `url-${this.sources.size + 1}`;
        const source: Source = { id, title: piece, url: piece };
        this.sources.set(id, source);
        this.fileSources.add(id);
        refs.push({ source: id });
        continue;
      }
      this.problems.push({
        ...where,
        severity: 'warning',
        message: `'${clip(piece)}' names no known source; it is kept as a note on the source "imported from ${this.plan.label}"`,
      });
      refs.push({ source: IMPORT_SOURCE_ID, locator: piece });
    }
    for (const r of refs) this.usedSources.add(r.source);
    return refs;
  }

  citation(text: string): SourceRef | undefined {
    const find = (t: string) => {
      const key = t.trim().toLowerCase();
      for (const s of this.sources.values()) {
        if (s.id.toLowerCase() === key || s.title.toLowerCase() === key || s.url?.toLowerCase() === key) return s;
      }
      return undefined;
    };
    const whole = find(text);
    if (whole) return { source: whole.id };
    const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(text);
    if (m) {
      const s = find(m[1]!);
      if (s) return { source: s.id, locator: m[2]! };
    }
    return undefined;
  }

  /**
   * What an item citing nothing cites: the import source, unless the file has its own Sources sheet (our own
   * export), where an empty Sources cell means the item cites nothing, as in the dataset it was exported from.
   */
  defaultSources(): SourceRef[] {
    if (this.ownSources) return [];
    this.usedSources.add(IMPORT_SOURCE_ID);
    return [{ source: IMPORT_SOURCE_ID }];
  }

  // ── items and connections ──────────────────────────────────────────────────────────────────────────────

  readElements({ table, columns }: SheetPlan) {
    const by = roleIndex(columns);
    const header = (role: Role) => columns.find((c) => c.role === role)?.header;
    const sheet = table.label;
    const autoIds = by.get('id') === undefined;
    const seenIds = new Map<string, number>();
    const translations = columns.filter((c) => c.role === 'translation' && c.lang);
    for (const r of table.rows) {
      const get = (role: Role) => cell(r, by.get(role));
      const where = { sheet, row: r.row };
      const kindText = get('kind');
      let kind: string;
      if (by.get('kind') === undefined) kind = this.kindFor('Item');
      else if (kindText === '') {
        this.problems.push({
          ...where,
          severity: 'warning',
          column: header('kind'),
          message: "empty: this item's kind is not given; it is put in a kind called 'Other'",
        });
        kind = this.createKind('other', 'Other');
      } else kind = this.kindFor(kindText.split('|')[0]!.trim());
      const code = get('code');
      const title = get('title');
      let id = get('id');
      if (id === '' && code === '' && title === '') {
        this.problems.push({
          ...where,
          severity: 'error',
          column: header('title') ?? header('id'),
          message: 'empty: this item has no id, code or title, so nothing can link to it',
        });
        continue;
      }
      if (id === '') id = this.freshId(kind, code || title, r.row);
      else if (seenIds.has(id)) {
        this.problems.push({
          ...where,
          severity: autoIds ? 'warning' : 'error',
          column: header('id'),
          message: `the id '${clip(id)}' is already used in row ${seenIds.get(id)}`,
        });
        continue;
      }
      seenIds.set(id, r.row);
      this.nodeIds.add(id);
      const origin: Origin = { sheet, row: r.row, columns: {} };
      for (const c of columns) if (c.role !== 'ignore') origin.columns[fieldOf(c.role)] ??= c.header;
      const confidence = this.confidence(get('confidence'), { ...where, column: header('confidence') });
      if (get('confidence') === '') this.defaulted.confidenceNodes++;
      const sources = get('sources')
        ? this.citations(get('sources'), { ...where, column: header('sources') })
        : this.ownSources
          ? []
          : (this.defaulted.sourcesNodes++, this.defaultSources());
      const node: MapNode = {
        id,
        kind,
        ...(code ? { code } : {}),
        label: title === '' ? null : title,
        description: get('description'),
        periods: this.periods(get('period'), { ...where, column: header('period') }),
        ...(get('sector') ? { sector: get('sector') } : {}),
        ...(get('region') ? { region: get('region') } : {}),
        ...(get('study-group') ? { studyGroup: get('study-group') } : {}),
        sources,
        confidence,
        ...(get('note') ? { note: get('note') } : {}),
      };
      const langs = translations.filter((c) => cell(r, c.index) !== '');
      if (langs.length > 0) node.translations = Object.fromEntries(langs.map((c) => [c.lang!, cell(r, c.index)]));
      const tags = splitMany(get('tags'));
      if (tags.length > 0) node.tags = tags;
      if (get('instrument')) node.instrument = get('instrument');
      if (get('adopted-for')) node.adoptedFor = normalisePeriod(get('adopted-for'));
      this.nodes.push(node);
      this.nodeOrigins.push(origin);
    }
  }

  /** Looks up items by id, then code, then title (case and spacing ignored), for From/To cells. */
  nameIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    const add = (key: string | null | undefined, id: string) => {
      if (!key) return;
      const k = normalise(key);
      const list = index.get(k) ?? [];
      if (!list.includes(id)) list.push(id);
      index.set(k, list);
    };
    for (const n of this.nodes) add(n.id, n.id);
    const byId = new Map([...index].map(([k, v]) => [k, [...v]]));
    for (const n of this.nodes) {
      add(n.code, n.id);
      add(n.label, n.id);
      if (n.code) add(`${n.code} ${n.label ?? ''}`, n.id);
    }
    // An exact id always wins over a code or title that happens to be spelt the same.
    for (const [k, v] of byId) index.set(k, v);
    return index;
  }

  readConnections({ table, columns }: SheetPlan) {
    const reader = readerOf(table, columns);
    const by = roleIndex(columns);
    const header = (role: Role) => columns.find((c) => c.role === role)?.header;
    const sheet = table.label;
    const names = this.nameIndex();
    const itemsSheet = this.plan.elements?.table.label;
    if (by.get('from') === undefined || by.get('to') === undefined) {
      this.problems.push({
        sheet,
        severity: 'error',
        row: table.headerRow,
        message: 'connections need a From and a To column; choose them in the mapping',
      });
      return;
    }
    for (const r of table.rows) {
      const get = (role: Role) => cell(r, by.get(role));
      const where = { sheet, row: r.row };
      const ends = (role: 'from' | 'to') => {
        const ids: string[] = [];
        const text = get(role);
        if (text === '') {
          this.problems.push({
            ...where,
            severity: 'error',
            column: header(role),
            message: `empty: a connection needs ${role === 'from' ? 'the item it starts from' : 'the item it goes to'}`,
          });
        }
        for (const name of splitMany(text)) {
          const found = names.get(normalise(name)) ?? [];
          if (found.length === 1) ids.push(found[0]!);
          else if (found.length === 0) {
            this.problems.push({
              ...where,
              severity: 'error',
              column: header(role),
              message: `'${clip(name)}' is not an item${itemsSheet ? ` in '${itemsSheet}'` : ''} (no id, code or title matches)`,
            });
          } else {
            this.problems.push({
              ...where,
              severity: 'error',
              column: header(role),
              message: `'${clip(name)}' matches ${found.length} items (${found.slice(0, 3).join(', ')}); use the id`,
            });
          }
        }
        return ids;
      };
      const from = ends('from');
      const to = ends('to');
      for (const source of from) for (const target of to) this.addLink(source, target, r, reader);
    }
  }

  // ── chain table ────────────────────────────────────────────────────────────────────────────────────────

  readChain({ table, columns }: SheetPlan) {
    const reader = readerOf(table, columns);
    const chainColumns = columns.filter((c) => c.role === 'chain');
    const by = roleIndex(columns);
    const sheet = table.label;
    if (chainColumns.length < 2) {
      this.problems.push({
        sheet,
        severity: 'error',
        row: table.headerRow,
        message: 'a chain table needs at least two columns of items (one per kind); choose their kinds in the mapping',
      });
    }
    const kindOf = new Map(chainColumns.map((c) => [c.index, this.kindById(c.kind ?? newKindId(c.header), c.header)]));
    const byName = new Map<string, number>();
    for (const r of table.rows) {
      let previous: string[] = [];
      let gapAt: ColumnMapping | null = null;
      const periods = this.periods(cell(r, by.get('period')), {
        sheet,
        row: r.row,
        column: columns.find((c) => c.role === 'period')?.header,
      });
      chainColumns.forEach((c, i) => {
        const text = cell(r, c.index);
        if (text === '') {
          const more = chainColumns.slice(i + 1).some((d) => cell(r, d.index) !== '');
          if (previous.length > 0 && more && gapAt === null) {
            gapAt = c;
            this.problems.push({
              sheet,
              row: r.row,
              column: c.header,
              severity: 'warning',
              message: 'empty, the chain stops here: the items after it are not linked to the ones before',
            });
          }
          previous = [];
          return;
        }
        const kind = kindOf.get(c.index)!;
        const here: string[] = [];
        for (const value of splitMany(text)) {
          const key = `${kind}\u0000${normalise(value)}`;
          let index = byName.get(key);
          if (index === undefined) {
            index = this.nodes.length;
            byName.set(key, index);
            const { code, title } = splitCode(value);
            const id = this.freshId(kind, code ?? title ?? '', r.row);
            this.nodeIds.add(id);
            this.defaulted.confidenceNodes++;
            this.defaulted.sourcesNodes++;
            this.nodes.push({
              id,
              kind,
              ...(code ? { code } : {}),
              label: title,
              description: '',
              periods: [],
              sources: this.defaultSources(),
              confidence: 'medium',
            });
            this.nodeOrigins.push({ sheet, row: r.row, columns: { label: c.header, code: c.header, kind: c.header } });
          }
          const node = this.nodes[index]!;
          for (const p of periods) if (!node.periods.includes(p)) node.periods.push(p);
          here.push(node.id);
          for (const target of previous) this.addLink(node.id, target, r, reader);
        }
        previous = here;
      });
    }
    for (const n of this.nodes) n.periods.sort();
  }

  // ── links ──────────────────────────────────────────────────────────────────────────────────────────────

  addLink(source: string, target: string, r: TableRow, reader: Reader) {
    const { sheet } = reader;
    const get = (role: Role) => cell(r, reader.by.get(role));
    const header = (role: Role) => reader.headers.get(role);
    const where = { sheet, row: r.row };
    const relationText = get('relation');
    const relation = relationText ? newKindId(relationText) : 'contributes-to';
    const key = `${source}\u0000${target}\u0000${relation}`;
    const existing = this.linkByKey.get(key);
    if (existing !== undefined) {
      // The same connection again (a chain table repeats it on every row through it): merged.
      this.linkRows[existing]!.push(r.row);
      return;
    }
    if (!relationText) this.defaulted.relation++;
    const basisText = get('basis').toLowerCase();
    let basis: Basis = 'proposed';
    if (basisText === '') this.defaulted.basis++;
    else if ((BASES as readonly string[]).includes(basisText)) basis = basisText as Basis;
    else {
      this.problems.push({
        ...where,
        severity: 'error',
        column: header('basis'),
        message: `'${clip(get('basis'))}' is not a basis; write official, derived or proposed`,
      });
    }
    const confidence = this.confidence(get('confidence'), { ...where, column: header('confidence') });
    if (get('confidence') === '') this.defaulted.confidenceLinks++;
    const sources = get('sources')
      ? this.citations(get('sources'), { ...where, column: header('sources') })
      : this.ownSources
        ? []
        : (this.defaulted.sourcesLinks++, this.defaultSources());
    const link: MapLink = { source, target, relation, basis, sources, confidence };
    const note = get('note');
    if (note) link.note = note;
    this.linkByKey.set(key, this.links.length);
    this.links.push(link);
    this.linkRows.push([r.row]);
    this.linkOrigins.push({ sheet, row: r.row, columns: reader.fields });
  }

  // ── values ─────────────────────────────────────────────────────────────────────────────────────────────

  confidence(text: string, where: Omit<ImportProblem, 'severity' | 'message'>): Confidence {
    const key = text.trim().toLowerCase();
    if (key === '') return 'medium';
    const full = CONFIDENCES.find((c) => c === key || c.charAt(0) === key);
    if (full) return full;
    this.problems.push({
      ...where,
      severity: 'error',
      message: `'${clip(text)}' is not a confidence; write high, medium or low`,
    });
    return 'medium';
  }

  periods(text: string, where: Omit<ImportProblem, 'severity' | 'message'>): string[] {
    const out: string[] = [];
    for (const piece of text.split(/\s*[|;,]\s*/)) {
      if (piece.trim() === '') continue;
      const period = normalisePeriod(piece);
      if (/^\d{4}(-\d{4})?$/.test(period)) {
        if (!out.includes(period)) out.push(period);
      } else {
        this.problems.push({
          ...where,
          severity: 'error',
          message: `'${clip(piece)}' is not a year or a period like 2024-2027`,
        });
      }
    }
    return out;
  }

  /** A new node id from its kind and name: `programme-digital-inclusion`, or by row when the name has no Latin letters. */
  freshId(kind: string, name: string, row: number): string {
    const slug = name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const id = slug === '' ? `${kind}-row-${row}` : `${kind}-${slug}`;
    let candidate = id;
    for (let n = 2; this.nodeIds.has(candidate); n++) candidate = `${id}-${n}`;
    return candidate;
  }

  // ── the dataset ────────────────────────────────────────────────────────────────────────────────────────

  assemble(): Dataset {
    this.links.forEach((link, i) => {
      if (link.note !== undefined || link.basis === 'official') return;
      const rows = this.linkRows[i]!;
      const shown = rows.slice(0, 5).join(', ');
      const more = rows.length > 5 ? ` and ${rows.length - 5} more` : '';
      const sheet = this.linkOrigins[i]!.sheet;
      link.note =
        this.plan.shape === 'chain'
          ? `Imported from ${this.plan.label}: side by side in ${sheet === undefined ? '' : `sheet '${sheet}', `}row${rows.length > 1 ? 's' : ''} ${shown}${more} (no note given).`
          : `Imported from ${this.plan.label}, ${sheet === undefined ? '' : `sheet '${sheet}', `}row ${rows[0]} (no note given).`;
      this.defaulted.note++;
    });
    // Kinds: those used, preset ones in the preset's order, then those read from a Kinds sheet or created.
    const used = new Set(this.nodes.map((n) => n.kind));
    const fromSheet = this.plan.kinds !== undefined;
    const ordered = fromSheet
      ? [...this.kinds.values()]
      : [
          ...this.presetKinds
            .filter((k) => used.has(k.id) && !this.createdKinds.has(k.id))
            .map((k) => this.kinds.get(k.id) ?? k),
          ...[...this.kinds.values()].filter((k) => this.createdKinds.has(k.id) && used.has(k.id)),
        ];
    const sources: Source[] = [];
    for (const s of this.sources.values()) {
      if (this.usedSources.has(s.id) || (this.fileSources.has(s.id) && this.plan.sources)) sources.push(s);
    }
    if (this.usedSources.has(IMPORT_SOURCE_ID)) sources.push(this.importSource);
    return {
      formatVersion: FORMAT_VERSION,
      meta: this.meta(sources),
      kinds: ordered.length > 0 ? ordered : [...this.presetKinds.slice(0, 1)],
      nodes: this.nodes,
      links: this.links,
      views: [],
    };
  }

  meta(sources: Source[]): Meta {
    const about = new Map<string, string>();
    if (this.plan.about) {
      for (const r of this.plan.about.rows) about.set(normalise(r.cells[0] ?? ''), r.cells[1] ?? '');
      about.set(normalise(this.plan.about.headers[0] ?? ''), this.plan.about.headers[1] ?? '');
    }
    const date = about.get('date');
    return {
      title: about.get('title') || this.plan.label.replace(/\.(csv|xlsx|tsv|txt)\b/gi, ''),
      description: about.get('description') ?? `Imported from ${this.plan.label} on ${this.ctx.date}.`,
      version: about.get('version') || '1',
      date: date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : this.ctx.date,
      sources,
    };
  }

  /** A validation problem's JSON path (`nodes[3].label`) as the sheet, row and column it came from. */
  locate(path: string, severity: 'error' | 'warning', message: string): ImportProblem {
    const m = /^(nodes|links)\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (!m) return { severity, message: `${message}${path === '(root)' ? '' : ` (${path})`}` };
    const origin = (m[1] === 'nodes' ? this.nodeOrigins : this.linkOrigins)[Number(m[2])];
    if (!origin) return { severity, message: `${message} (${path})` };
    const field = m[3];
    return {
      severity,
      sheet: origin.sheet,
      row: origin.row,
      ...(field && origin.columns[field] ? { column: origin.columns[field] } : {}),
      message,
    };
  }

  defaultsText(): string[] {
    const d = this.defaulted;
    const out: string[] = [];
    const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
    const links = (n: number) => `${n} link${n === 1 ? '' : 's'}`;
    const both = (a: number, b: number) => [a ? items(a) : '', b ? links(b) : ''].filter(Boolean).join(' and ');
    const give = (n: number, verb = 'give') => (n === 1 ? `${verb}s` : verb);
    if (d.basis) out.push(`basis 'proposed' for ${links(d.basis)} that ${give(d.basis)} none`);
    if (d.relation) out.push(`relation 'contributes-to' for ${links(d.relation)} that ${give(d.relation)} none`);
    if (d.note) out.push(`a note saying where the link was read, for ${links(d.note)} that ${give(d.note)} none`);
    const conf = d.confidenceNodes + d.confidenceLinks;
    if (conf) out.push(`confidence 'medium' for ${both(d.confidenceNodes, d.confidenceLinks)} that ${give(conf)} none`);
    const cited = d.sourcesNodes + d.sourcesLinks;
    if (cited)
      out.push(
        `source "${this.importSource.title}" for ${both(d.sourcesNodes, d.sourcesLinks)} that ${give(cited, 'cite')} none`,
      );
    return out;
  }
}

const rank = (p: ImportProblem) => (p.severity === 'error' ? 0 : 1);

/** A sheet's columns by role, worked out once per sheet rather than once per row. */
interface Reader {
  sheet: string | undefined;
  by: Map<Role, number>;
  headers: Map<Role, string>;
  /** Dataset field → header, shared by every item read from the sheet (for locating validation problems). */
  fields: Partial<Record<string, string>>;
}

function readerOf(table: Table, columns: readonly ColumnMapping[]): Reader {
  const headers = new Map<Role, string>();
  const fields: Partial<Record<string, string>> = {};
  for (const c of columns) {
    if (c.role === 'ignore') continue;
    if (!headers.has(c.role)) headers.set(c.role, c.header);
    fields[fieldOf(c.role)] ??= c.header;
  }
  return { sheet: table.label, by: roleIndex(columns), headers, fields };
}

/** The first column of each role. */
function roleIndex(columns: readonly ColumnMapping[]): Map<Role, number> {
  const out = new Map<Role, number>();
  for (const c of columns) if (!out.has(c.role)) out.set(c.role, c.index);
  return out;
}

/** Columns of a fixed-layout sheet (Sources, Kinds) by normalised header. */
function columnsByName(table: Table): Map<string, number> {
  return new Map(table.headers.map((h, i) => [normalise(h), i]));
}

function cell(r: TableRow, index: number | undefined): string {
  return index === undefined ? '' : (r.cells[index] ?? '');
}

/** Several values in one cell: `|` as Kumu writes them (or `;`), trimmed, empty ones dropped. */
export function splitMany(text: string): string[] {
  return text
    .split(/\s*[|;]\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** "2024–2027" (en dash), "2024 - 2027" and 2024.0 read as 2024-2027 and 2024. */
export function normalisePeriod(text: string): string {
  return text
    .trim()
    .replace(/\s*[–—-]\s*/g, '-')
    .replace(/^(\d{4})\.0$/, '$1');
}

const CODE =
  /^(?:(?:Goal|Target|Priority|Resolution|Res\.|SDG|Q)\s?\d+(?:[./]\d+)*[a-z]?|[A-Z]{1,4}\s?\d+(?:[./]\d+)*)$/;

/** "C5: Building confidence" → code C5 and the title; "Q3/2" → a code and no title (a gap). */
export function splitCode(value: string): { code?: string; title: string | null } {
  const text = value.trim();
  if (CODE.test(text)) return { code: text, title: null };
  const m = /^(\S+(?:\s\d+(?:[./]\d+)*)?)\s*(?:[:–—]|\s-)\s*(.+)$/.exec(text);
  if (m && CODE.test(m[1]!)) return { code: m[1]!, title: m[2]!.trim() };
  return { title: text };
}

/** Which dataset field a role fills, for locating validation problems. */
function fieldOf(role: Role): string {
  switch (role) {
    case 'title':
      return 'label';
    case 'period':
      return 'periods';
    case 'study-group':
      return 'studyGroup';
    case 'from':
      return 'source';
    case 'to':
      return 'target';
    case 'adopted-for':
      return 'adoptedFor';
    case 'translation':
      return 'translations';
    default:
      return role;
  }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
