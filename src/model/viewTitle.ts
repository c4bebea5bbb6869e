/**
 * The page title for a view, so bookmarks, tabs and history entries say what they show:
 * "Goal 2 in the Arab States — Strategy Map", "Q3/2 — Strategy Map", "Cybersecurity tour — Strategy Map".
 */
import type { Dataset, MapNode } from './schema';
import type { Filters } from './filters';

export const APP_NAME = 'Strategy Map';

export interface TitleInput {
  filters: Filters;
  focus: string | null;
  /** The name of the saved view on screen, which names the page when given. */
  viewName?: string | null;
  table?: boolean;
}

/** "the Arab States", "the Americas", "the CIS", but "Africa", "Europe", "Asia-Pacific". */
export function regionPhrase(region: string): string {
  const plural = /s$/.test(region) || /^[A-Z]{2,}$/.test(region);
  return plural && !/^the /i.test(region) ? `the ${region}` : region;
}

function shortName(node: MapNode): string {
  return node.code ?? node.label ?? node.id;
}

/** What the view shows, in a few words, or '' for the whole map. */
export function viewSubject(dataset: Pick<Dataset, 'nodes'>, input: TitleInput): string {
  const byId = (id: string) => dataset.nodes.find((n) => n.id === id);
  const focused = input.focus === null ? undefined : byId(input.focus);
  const scoped = input.filters.scope.map(byId).filter((n): n is MapNode => n !== undefined);
  const subject = focused
    ? shortName(focused)
    : scoped.length > 0
      ? scoped.slice(0, 2).map(shortName).join(' and ')
      : '';
  const regions = input.filters.regions;
  const where = regions && regions.length > 0 && regions.length <= 2 ? regions.map(regionPhrase).join(' and ') : '';
  if (subject && where) return `${subject} in ${where}`;
  if (subject) return subject + (scoped.length > 2 && !focused ? ` and ${scoped.length - 2} more` : '');
  if (where) return where.replace(/^the /, 'The ');
  return '';
}

/** The whole page title. */
export function viewTitle(dataset: Pick<Dataset, 'nodes'>, input: TitleInput): string {
  const name = input.viewName?.trim() || viewSubject(dataset, input);
  const what = name && input.table ? `${name} (table)` : name;
  return what ? `${what} — ${APP_NAME}` : APP_NAME;
}
