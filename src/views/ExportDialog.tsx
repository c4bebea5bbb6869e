/**
 * The Export dialog: pick a format and options, then download a file built from the data by `src/export` (never
 * a screenshot of the map). Documents (PowerPoint, Word, PDF) are laid out for a page first, and the dialog says
 * how many pages that takes, and why, before exporting. A modal dialog (`useModalDialog`), rendered at the end of
 * the page so no toolbar style reaches it.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Dataset, MapLink, MapNode } from '../model/schema';
import type { Filters } from '../model/filters';
import type { ChainOptions } from '../model/chains';
import { NO_FILTERS } from '../model/filters';
import type { MapLayout } from '../layout/types';
import { exportSvg } from '../export/svg';
import { CSV_BOM, exportCsv } from '../export/csv';
import { exportJson } from '../export/json';
import { exportFileName } from '../export/fileName';
import { svgPixelSize } from '../export/svgSize';
import { parsePage } from '../export/page/pageSize';
import type { ScreenViewport } from '../export/documentPages';
import { svgToPng, type PngScale } from './exportPng';
import { keepFocusIn, useModalDialog } from './useModalDialog';
import {
  DocumentOptions,
  DrawingOptions,
  FormatPicker,
  isDocument,
  isDrawing,
  type DocumentChoices,
  type DrawingChoices,
  type Format,
} from './ExportOptions';
import { documentBlob, planDocument, printDocument, type DocumentRequest } from './exportDocuments';
import { downloadBlob as download } from './download';
import './ExportDialog.css';

export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  dataset: Dataset;
  /** The visible (filtered) map: what is exported. */
  visible: { nodes: readonly MapNode[]; links: readonly MapLink[] };
  /** Layout of `visible`. */
  layout: MapLayout;
  focus: string | null;
  /** The active filters in words; the drawing's subtitle. */
  filterSummary: string;
  filters?: Filters;
  /** How the focused chain is walked (direction, depth, related), as on screen. */
  chain?: ChainOptions;
  /** The map's viewport and size on screen, for "what is on screen". */
  viewport?: ScreenViewport | null;
}

export function ExportDialog(props: ExportDialogProps) {
  if (!props.open) return null;
  return createPortal(<OpenExportDialog {...props} />, document.body);
}

function OpenExportDialog({
  onClose,
  dataset,
  visible,
  layout,
  focus,
  filterSummary,
  filters = NO_FILTERS,
  chain,
  viewport = null,
}: ExportDialogProps) {
  const [format, setFormat] = useState<Format>('svg');
  const [drawing, setDrawing] = useState<DrawingChoices>({
    theme: 'screen',
    fit: 'content',
    legend: true,
    title: true,
    subtitle: true,
    footer: true,
  });
  const [doc, setDoc] = useState<DocumentChoices>({ page: '16:9', scope: 'map', allViews: false, shortTitles: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useModalDialog(true, onClose);
  const primary = useRef<HTMLButtonElement>(null);
  const id = useId();
  const today = new Date();

  const svg = () =>
    exportSvg({
      dataset,
      visible,
      layout,
      focus,
      chain,
      periods: filters.periods,
      options: {
        theme: drawing.theme,
        fit: drawing.fit,
        legend: drawing.legend,
        footer: drawing.footer,
        title: drawing.title ? dataset.meta.title : false,
        subtitle: drawing.subtitle ? filterSummary : '',
      },
    });
  const pixelSize = useMemo(
    () => svgPixelSize(svg()),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the SVG depends on exactly these
    [format, drawing, dataset, visible, layout, focus, filterSummary, chain],
  );
  const pngSize = (scale: 1 | 2 | 3) =>
    pixelSize ? `${Math.ceil(pixelSize.width * scale)} × ${Math.ceil(pixelSize.height * scale)} px` : '';

  const page = parsePage(doc.page) ?? parsePage('16:9')!;
  const request: DocumentRequest = {
    dataset,
    visible,
    filters,
    focus,
    scope: doc.scope,
    viewport,
    page,
    shortTitles: doc.shortTitles,
    allViews: doc.allViews,
    chain,
  };
  const plan = useMemo(
    () => (isDocument(format) ? planDocument(request, format) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the plan depends on exactly these
    [format, doc, dataset, visible, filters, focus, viewport, chain],
  );

  const name = (extension: string, part?: string) =>
    exportFileName({
      dataset,
      filters,
      focus: doc.scope === 'focus' || focus ? focus : null,
      scope: isDocument(format) ? doc.scope : 'map',
      viewName: isDocument(format) && doc.allViews ? 'all views' : null,
      today,
      extension,
      part,
    });

  const save = async (part?: 'nodes' | 'links' | 'sources') => {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      if (format === 'svg') download(new Blob([svg()], { type: 'image/svg+xml;charset=utf-8' }), name('svg'));
      else if (format === 'png1' || format === 'png2' || format === 'png3') {
        const scale = Number(format.slice(3)) as PngScale;
        download(await svgToPng(svg(), scale), name('png', scale === 1 ? undefined : `${scale}x`));
      } else if (format === 'json')
        download(new Blob([exportJson(dataset, visible)], { type: 'application/json' }), name('json'));
      else if (format === 'csv' && part) {
        const files = exportCsv(dataset, visible);
        download(new Blob([CSV_BOM + files[part]], { type: 'text/csv;charset=utf-8' }), name('csv', part));
      } else if (format === 'xlsx') {
        const { exportXlsx } = await import('../export/xlsx');
        download(await exportXlsx({ dataset, visible }), name('xlsx'));
      } else if (format === 'pptx' || format === 'docx') download(await documentBlob(request, format), name(format));
      else if (format === 'pdf') await printDocument(request, dataset.meta.title);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      // A download can leave focus on the page body; keep it in the dialog so Escape and Tab still work.
      requestAnimationFrame(() => keepFocusIn(dialog.current, primary.current));
    }
  };

  const noun = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
  const what =
    isDocument(format) && plan
      ? `${noun(plan.nodes.length, 'node')} and ${noun(plan.links.length, 'link')} on ${noun(plan.pages.length, format === 'pptx' ? 'slide' : 'page')}.`
      : `${visible.nodes.length} of ${dataset.nodes.length} nodes and ${visible.links.length} of ${dataset.links.length} links: the whole filtered map, not just what is on screen.`;

  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
      >
        <h2 id={`${id}-title`}>Export map</h2>
        <p id={`${id}-what`} className="export-what">
          {what}
        </p>
        <FormatPicker name={`${id}-format`} format={format} onChange={setFormat} pngSize={pngSize} />
        {isDocument(format) ? (
          <DocumentOptions
            disabled={false}
            value={doc}
            onChange={setDoc}
            hasFocus={focus !== null}
            hasViewport={viewport !== null}
            savedViews={dataset.views.length}
            summary={plan?.summary ?? ''}
            summaryId={`${id}-plan`}
          />
        ) : (
          <DrawingOptions
            name={`${id}-theme`}
            disabled={!isDrawing(format)}
            value={drawing}
            hasFilters={filterSummary !== ''}
            onChange={setDrawing}
          />
        )}

        {error ? (
          <p className="export-error" role="alert">
            {error}
          </p>
        ) : null}

        <div className="export-actions">
          <button type="button" className="export-secondary" onClick={onClose}>
            Cancel
          </button>
          {format === 'csv' ? (
            (['nodes', 'links', 'sources'] as const).map((part, i) => (
              <button
                key={part}
                ref={i === 0 ? primary : undefined}
                type="button"
                className="export-primary"
                aria-disabled={busy}
                onClick={() => void save(part)}
              >
                Download {part}.csv
              </button>
            ))
          ) : (
            <button
              ref={primary}
              type="button"
              className="export-primary"
              aria-disabled={busy}
              onClick={() => void save()}
            >
              {busy ? 'Preparing…' : format === 'pdf' ? 'Print to PDF…' : 'Download'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
