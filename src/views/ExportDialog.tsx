/**
 * The Export dialog: pick a format (SVG, PNG 1×/2×/3×, CSV, JSON) and drawing options, then download a file built
 * from the data by `src/export` (never a screenshot of the map). A modal dialog: focus moves in when it opens,
 * Tab stays inside, Escape closes, and focus returns to where it was.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset, MapLink, MapNode } from '../model/schema';
import type { MapLayout } from '../layout/types';
import { exportSvg, type SvgFit } from '../export/svg';
import { CSV_BOM, exportCsv } from '../export/csv';
import { exportJson } from '../export/json';
import type { ThemeName } from '../draw/look';
import { svgToPng, type PngScale } from './exportPng';
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
}

type Format = 'svg' | 'png1' | 'png2' | 'png3' | 'csv' | 'json';

const FORMATS: { id: Format; label: string; hint: string }[] = [
  { id: 'svg', label: 'SVG', hint: 'vector drawing for Word, PowerPoint, PDF, Inkscape, Illustrator' },
  { id: 'png1', label: 'PNG 1×', hint: 'image at screen size' },
  { id: 'png2', label: 'PNG 2×', hint: 'sharp image for slides' },
  { id: 'png3', label: 'PNG 3×', hint: 'large image for print' },
  { id: 'csv', label: 'CSV', hint: 'nodes.csv and links.csv for spreadsheets' },
  { id: 'json', label: 'JSON', hint: 'a dataset file the app can open' },
];

const FITS: { id: SvgFit; label: string }[] = [
  { id: 'content', label: 'Fit to the map' },
  { id: 'a4-landscape', label: 'A4 landscape page' },
  { id: '16:9', label: '16:9 slide' },
];

/** A file name stem from the dataset title: "ITU strategy map: …" -> "itu-strategy-map". */
function fileStem(dataset: Dataset): string {
  const slug = dataset.meta.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  return slug || 'strategy-map';
}

function download(content: Blob, name: string) {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ExportDialog({ open, onClose, dataset, visible, layout, focus, filterSummary }: ExportDialogProps) {
  const [format, setFormat] = useState<Format>('svg');
  const [theme, setTheme] = useState<ThemeName>('screen');
  const [fit, setFit] = useState<SvgFit>('content');
  const [legend, setLegend] = useState(true);
  const [title, setTitle] = useState(true);
  const [subtitle, setSubtitle] = useState(true);
  const [footer, setFooter] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const id = useId();

  // Focus moves into the dialog when it opens and back to where it was when it closes.
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first =
      dialog.current?.querySelector<HTMLElement>('input:checked') ??
      dialog.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => before?.focus();
  }, [open]);

  if (!open) return null;

  const drawing = format === 'svg' || format.startsWith('png');
  const stem = fileStem(dataset);
  const svg = () =>
    exportSvg({
      dataset,
      visible,
      layout,
      focus,
      options: {
        theme,
        fit,
        legend,
        footer,
        title: title ? dataset.meta.title : false,
        subtitle: subtitle ? filterSummary : '',
      },
    });

  const save = async (part?: 'nodes' | 'links') => {
    setError(null);
    setBusy(true);
    try {
      if (format === 'svg') download(new Blob([svg()], { type: 'image/svg+xml;charset=utf-8' }), `${stem}.svg`);
      else if (format === 'png1' || format === 'png2' || format === 'png3') {
        const scale = Number(format.slice(3)) as PngScale;
        download(await svgToPng(svg(), scale), `${stem}${scale === 1 ? '' : `@${scale}x`}.png`);
      } else if (format === 'json')
        download(new Blob([exportJson(dataset, visible)], { type: 'application/json' }), `${stem}.json`);
      else if (format === 'csv' && part) {
        const files = exportCsv(dataset, visible);
        download(new Blob([CSV_BOM + files[part]], { type: 'text/csv;charset=utf-8' }), `${stem}-${part}.csv`);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    // What Tab can reach: enabled controls, and of each radio group only the checked radio.
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.matches(':disabled') && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>Export map</h2>
        <p id={`${id}-what`} className="export-what">
          {visible.nodes.length} of {dataset.nodes.length} nodes and {visible.links.length} of {dataset.links.length}{' '}
          links: the whole filtered map, not just what is on screen.
        </p>

        <fieldset>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.id} className="export-choice">
              <input
                type="radio"
                name={`${id}-format`}
                value={f.id}
                checked={format === f.id}
                onChange={() => setFormat(f.id)}
              />
              <span className="export-choice-label">{f.label}</span>
              <span className="export-choice-hint">{f.hint}</span>
            </label>
          ))}
        </fieldset>

        <fieldset disabled={!drawing}>
          <legend>Drawing</legend>
          <div className="export-row" role="radiogroup" aria-label="Theme">
            {(['screen', 'print'] as const).map((t) => (
              <label key={t}>
                <input type="radio" name={`${id}-theme`} value={t} checked={theme === t} onChange={() => setTheme(t)} />
                {t === 'screen' ? 'Screen colours' : 'Print (white, darker lines)'}
              </label>
            ))}
          </div>
          <label className="export-row">
            Page
            <select value={fit} onChange={(e) => setFit(e.target.value as SvgFit)}>
              {FITS.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <div className="export-row">
            <label>
              <input type="checkbox" checked={title} onChange={(e) => setTitle(e.target.checked)} /> Title
            </label>
            <label>
              <input
                type="checkbox"
                checked={subtitle}
                onChange={(e) => setSubtitle(e.target.checked)}
                disabled={filterSummary === ''}
              />{' '}
              Active filters
            </label>
            <label>
              <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} /> Legend
            </label>
            <label>
              <input type="checkbox" checked={footer} onChange={(e) => setFooter(e.target.checked)} /> Footer
            </label>
          </div>
        </fieldset>

        {error ? (
          <p className="export-error" role="alert">
            {error}
          </p>
        ) : null}

        <div className="export-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {format === 'csv' ? (
            <>
              <button type="button" className="export-primary" disabled={busy} onClick={() => void save('nodes')}>
                Download nodes.csv
              </button>
              <button type="button" className="export-primary" disabled={busy} onClick={() => void save('links')}>
                Download links.csv
              </button>
            </>
          ) : (
            <button type="button" className="export-primary" disabled={busy} onClick={() => void save()}>
              {busy ? 'Preparing…' : 'Download'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
