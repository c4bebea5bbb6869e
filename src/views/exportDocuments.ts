/**
 * The document exports of the app (PowerPoint, Word, PDF, workbook) as files: the same page plan and writers as
 * the command line, each writer loaded only when asked for. PDF goes through the browser's print dialog ("Save as
 * PDF"), printing the plan's pages at their size: vector, text selectable, only used glyphs embedded.
 */
import type { ChainOptions } from '../model/chains';
import type { Dataset, MapLink, MapNode } from '../model/schema';
import type { Filters } from '../model/filters';
import { applyFilters } from '../model/filters';
import { indexDataset, linkKey } from '../model/graph';
import { decodeViewState } from '../model/viewState';
import { documentPages, type ExportScope, type ScreenViewport } from '../export/documentPages';
import type { PageSize } from '../export/page/pageSize';
import type { Page, PagePlan } from '../export/page/plan';

export type DocumentFormat = 'pptx' | 'docx' | 'pdf';

export interface DocumentRequest {
  dataset: Dataset;
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  filters: Filters;
  focus: string | null;
  scope: ExportScope;
  viewport: ScreenViewport | null;
  page: PageSize;
  shortTitles: boolean;
  /** Every saved view, one after another, instead of the current view. */
  allViews: boolean;
  /** How the focused chain is walked, as on screen. @default both ways, all steps */
  chain?: ChainOptions;
}

export interface PlannedDocument {
  pages: Page[];
  summary: string;
  nodes: MapNode[];
  links: MapLink[];
}

/** The pages the export will hold (for the dialog to say how many, and why, before exporting). */
export function planDocument(request: DocumentRequest, format: DocumentFormat, innerMargin = 0): PlannedDocument {
  const page =
    innerMargin > 0
      ? { ...request.page, width: request.page.width - 2 * innerMargin, height: request.page.height - 2 * innerMargin }
      : request.page;
  const runs: (PagePlan & { nodes: MapNode[]; links: MapLink[]; name?: string })[] = [];
  if (request.allViews && request.dataset.views.length > 0) {
    const index = indexDataset(request.dataset);
    for (const view of request.dataset.views) {
      const { state } = decodeViewState(view.state, request.dataset, new Date());
      runs.push({
        ...documentPages({
          dataset: request.dataset,
          visible: applyFilters(index, state.filters),
          filters: state.filters,
          focus: state.focus,
          chain: state.chain,
          scope: request.scope === 'view' ? 'map' : request.scope,
          page,
          shortTitles: request.shortTitles,
          viewName: view.name,
          notes: view.description,
        }),
        name: view.name,
      });
    }
  } else {
    runs.push(documentPages({ ...request, page }));
  }
  const pages = runs.flatMap((r) => r.pages);
  const noun = format === 'pptx' ? 'slide' : 'page';
  const split = runs.filter((r) => r.split);
  const summary =
    runs.length === 1
      ? (runs[0]?.summary ?? '')
      : `${runs.length} saved views, ${pages.length} ${noun}s${split.length > 0 ? ` (${split.length} split to keep text at 9 pt or more)` : ''}.`;
  const nodes = new Map<string, MapNode>();
  const links = new Map<string, MapLink>();
  for (const r of runs) {
    for (const n of r.nodes) nodes.set(n.id, n);
    for (const l of r.links) links.set(linkKey(l), l);
  }
  return { pages, summary, nodes: [...nodes.values()], links: [...links.values()] };
}

export async function documentBlob(request: DocumentRequest, format: Exclude<DocumentFormat, 'pdf'>): Promise<Blob> {
  if (format === 'pptx') {
    const { exportPptx, pptxSlides } = await import('../export/pptx');
    const plan = planDocument(request, format);
    const bytes = await exportPptx(pptxSlides(plan.pages), { title: request.dataset.meta.title });
    return new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    });
  }
  const { exportDocx, DOCX_MARGIN } = await import('../export/docx');
  const plan = planDocument(request, format, DOCX_MARGIN);
  const bytes = await exportDocx({
    dataset: request.dataset,
    pages: plan.pages,
    visible: plan,
    page: request.page,
    margin: DOCX_MARGIN,
  });
  return new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

/** Opens the pages in a new window and asks the browser to print them (Save as PDF). */
export async function printDocument(request: DocumentRequest, title: string): Promise<void> {
  const { pagesHtml } = await import('../export/pageSvg');
  const plan = planDocument(request, 'pdf');
  const html = pagesHtml(plan.pages, title);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const w = window.open(url, '_blank');
  if (!w) {
    URL.revokeObjectURL(url);
    throw new Error('The browser blocked the print window; allow pop-ups for this page, or export PowerPoint or Word.');
  }
  w.addEventListener('load', () => {
    w.focus();
    w.print();
  });
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
