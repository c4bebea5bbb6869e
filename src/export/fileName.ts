/**
 * File names that say what the file holds, from the view: "goal-2-arab-states-2026-12-01.pptx" for the chain of
 * Goal 2 filtered to the Arab States region, exported on 1 December 2026. Saved views go by their name; a view
 * with nothing narrowed goes by the dataset's title. ASCII letters, digits and dashes only, so the name survives
 * every file system, mail client and intranet upload form.
 */
import type { Dataset, MapNode } from '../model/schema';
import type { Filters } from '../model/filters';

/** "Goal 2: Sustainable…" -> "goal-2-sustainable"; empty when nothing is left (e.g. only Arabic letters). */
export function slug(text: string, max = 40): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

export interface FileNameInput {
  dataset: Pick<Dataset, 'meta' | 'nodes'>;
  filters?: Filters | null;
  focus?: string | null;
  /** Name of the saved view exported, or of the deck ("all views"). */
  viewName?: string | null;
  /** What part of the map: the whole filtered map, what is on screen, or the focused chain. */
  scope?: 'map' | 'view' | 'focus';
  /** Date of the export. */
  today: Date;
  /** Without the dot: "pptx". */
  extension: string;
  /** Inserted before the date, e.g. "links" for links.csv. */
  part?: string;
}

const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A node by its code, else its title, else its id. */
const nodeWord = (n: MapNode | undefined, id: string) => slug(n?.code ?? n?.label ?? id, 24) || slug(id, 24);

export function exportFileName(input: FileNameInput): string {
  const { dataset, filters, focus, viewName } = input;
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const words: string[] = [];
  if (viewName) words.push(slug(viewName, 40));
  else {
    if (focus && byId.has(focus)) words.push(nodeWord(byId.get(focus), focus));
    for (const id of filters?.scope ?? []) if (id !== focus) words.push(nodeWord(byId.get(id), id));
    if (filters?.regions && filters.regions.length > 0 && filters.regions.length <= 2)
      words.push(...filters.regions.map((r) => slug(r, 24)));
    if (filters?.sectors && filters.sectors.length === 1) words.push(slug(filters.sectors[0] ?? '', 12));
    if (input.scope === 'view') words.push('on-screen');
  }
  let stem = words.filter((w) => w !== '').join('-');
  if (stem === '') stem = slug(dataset.meta.title.split(/[:—–]/)[0] ?? '', 40) || 'strategy-map';
  stem = stem.slice(0, 80).replace(/-+$/, '');
  const part = input.part ? `-${slug(input.part, 20)}` : '';
  return `${stem}${part}-${isoDay(input.today)}.${input.extension.replace(/^\./, '')}`;
}
