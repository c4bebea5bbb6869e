/** The Export dialog's choices: format, drawing options (SVG, PNG) and document options (PowerPoint, Word, PDF). */
import type { SvgFit } from '../export/svg';
import type { ThemeName } from '../draw/look';
import type { ExportScope } from '../export/documentPages';
import { PAGE_CHOICES, parsePage } from '../export/page/pageSize';

export type Format = 'svg' | 'png1' | 'png2' | 'png3' | 'pptx' | 'docx' | 'pdf' | 'xlsx' | 'csv' | 'json';

export const FORMATS: { id: Format; label: string; hint: string }[] = [
  { id: 'pptx', label: 'PowerPoint', hint: 'editable slides: boxes and attached connectors, text 9 pt or more' },
  { id: 'docx', label: 'Word', hint: 'editable drawing per page, then tables of the nodes and links' },
  { id: 'pdf', label: 'PDF', hint: 'print pages (Save as PDF): vector, text selectable' },
  { id: 'svg', label: 'SVG', hint: 'one vector drawing of the whole map' },
  { id: 'png1', label: 'PNG 1×', hint: 'image, one pixel per map pixel' },
  { id: 'png2', label: 'PNG 2×', hint: 'sharp image for slides' },
  { id: 'png3', label: 'PNG 3×', hint: 'large image for print' },
  { id: 'xlsx', label: 'Excel', hint: 'workbook: Nodes, Links, Sources sheets' },
  { id: 'csv', label: 'CSV', hint: 'nodes, links and sources files for spreadsheets' },
  { id: 'json', label: 'JSON', hint: 'a dataset file the app can open' },
];

export const isDocument = (f: Format): f is 'pptx' | 'docx' | 'pdf' => f === 'pptx' || f === 'docx' || f === 'pdf';
export const isDrawing = (f: Format) => f === 'svg' || f.startsWith('png');

export function FormatPicker(props: {
  name: string;
  format: Format;
  onChange(f: Format): void;
  pngSize(scale: 1 | 2 | 3): string;
}) {
  return (
    <fieldset>
      <legend>Format</legend>
      {FORMATS.map((f) => (
        <label key={f.id} className="export-choice">
          <input
            type="radio"
            name={props.name}
            value={f.id}
            checked={props.format === f.id}
            onChange={() => props.onChange(f.id)}
          />
          <span className="export-choice-label">{f.label}</span>
          <span className="export-choice-hint">
            {f.hint}
            {f.id.startsWith('png') && props.pngSize(1) !== ''
              ? ` (${props.pngSize(Number(f.id.slice(3)) as 1 | 2 | 3)})`
              : ''}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const FITS: { id: SvgFit; label: string }[] = [
  { id: 'content', label: 'Fit to the map' },
  { id: 'a4-landscape', label: 'A4 landscape page' },
  { id: '16:9', label: '16:9 slide' },
];

export interface DrawingChoices {
  theme: ThemeName;
  fit: SvgFit;
  legend: boolean;
  title: boolean;
  subtitle: boolean;
  footer: boolean;
}

export function DrawingOptions(props: {
  name: string;
  disabled: boolean;
  value: DrawingChoices;
  hasFilters: boolean;
  onChange(v: DrawingChoices): void;
}) {
  const v = props.value;
  const set = (patch: Partial<DrawingChoices>) => props.onChange({ ...v, ...patch });
  return (
    <fieldset disabled={props.disabled}>
      <legend>Drawing</legend>
      <div className="export-row" role="radiogroup" aria-label="Theme">
        {(['screen', 'print'] as const).map((t) => (
          <label key={t}>
            <input
              type="radio"
              name={props.name}
              value={t}
              checked={v.theme === t}
              onChange={() => set({ theme: t })}
            />
            {t === 'screen' ? 'Screen colours' : 'Print (white, darker lines)'}
          </label>
        ))}
      </div>
      <label className="export-row">
        Page
        <select value={v.fit} onChange={(e) => set({ fit: e.target.value as SvgFit })}>
          {FITS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <div className="export-row">
        <label>
          <input type="checkbox" checked={v.title} onChange={(e) => set({ title: e.target.checked })} /> Title
        </label>
        <label>
          <input
            type="checkbox"
            checked={v.subtitle}
            onChange={(e) => set({ subtitle: e.target.checked })}
            disabled={!props.hasFilters}
          />{' '}
          Active filters
        </label>
        <label>
          <input type="checkbox" checked={v.legend} onChange={(e) => set({ legend: e.target.checked })} /> Legend
        </label>
        <label>
          <input type="checkbox" checked={v.footer} onChange={(e) => set({ footer: e.target.checked })} /> Footer
        </label>
      </div>
    </fieldset>
  );
}

export interface DocumentChoices {
  page: string;
  scope: ExportScope;
  allViews: boolean;
  shortTitles: boolean;
}

const PAGE_NAMES: Record<(typeof PAGE_CHOICES)[number], string> = {
  '16:9': '16:9 slide',
  '4:3': '4:3 slide',
  a4: 'A4 landscape',
  'a4-portrait': 'A4 portrait',
  letter: 'US Letter landscape',
  'letter-portrait': 'US Letter portrait',
};

export function DocumentOptions(props: {
  disabled: boolean;
  value: DocumentChoices;
  hasFocus: boolean;
  hasViewport: boolean;
  savedViews: number;
  /** What the export will hold, said before exporting. */
  summary: string;
  summaryId: string;
  onChange(v: DocumentChoices): void;
}) {
  const v = props.value;
  const set = (patch: Partial<DocumentChoices>) => props.onChange({ ...v, ...patch });
  return (
    <fieldset disabled={props.disabled}>
      <legend>Pages</legend>
      <label className="export-row">
        Page size
        <select value={v.page} onChange={(e) => set({ page: e.target.value })}>
          {PAGE_CHOICES.map((p) => (
            <option key={p} value={p} disabled={!parsePage(p)}>
              {PAGE_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="export-row">
        What
        <select value={v.scope} onChange={(e) => set({ scope: e.target.value as ExportScope })} disabled={v.allViews}>
          <option value="map">The whole filtered map</option>
          <option value="view" disabled={!props.hasViewport}>
            What is on screen
          </option>
          <option value="focus" disabled={!props.hasFocus}>
            The focused node&apos;s chain
          </option>
        </select>
      </label>
      <div className="export-row">
        <label>
          <input
            type="checkbox"
            checked={v.allViews}
            disabled={props.savedViews === 0}
            onChange={(e) => set({ allViews: e.target.checked })}
          />{' '}
          Every saved view ({props.savedViews})
        </label>
        <label>
          <input type="checkbox" checked={v.shortTitles} onChange={(e) => set({ shortTitles: e.target.checked })} />{' '}
          Short titles (three lines, as on screen)
        </label>
      </div>
      {props.disabled ? null : (
        <p id={props.summaryId} className="export-plan" role="status">
          {props.summary}
        </p>
      )}
    </fieldset>
  );
}
