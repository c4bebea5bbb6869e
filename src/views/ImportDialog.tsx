/**
 * The import's mapping step: the sheets and columns found, what each column is guessed to mean (editable), and a
 * preview of the result (counts, first items, stated defaults, every problem located) before anything replaces
 * the map. A file with errors cannot replace the map.
 */
import { useMemo, useState } from 'react';
import { buildDataset, type ImportContext, type ImportPlan } from '../io/import';
import type { SheetPlan } from '../io/import/build';
import { ROLES, ROLE_LABELS, newKindId, type ColumnMapping, type Role } from '../io/import/columns';
import { locationOf } from '../io/import/types';
import type { Dataset } from '../model/schema';
import { Modal } from './Modal';
import { TemplateButtons } from './TemplateButtons';

const SHOWN_PROBLEMS = 60;

export interface ImportDialogProps {
  plan: ImportPlan;
  ctx: ImportContext;
  onImport: (dataset: Dataset, label: string) => void;
  onClose: () => void;
}

type Slot = 'elements' | 'connections' | 'chain';
const SLOT_TITLES: Record<Slot, string> = {
  elements: 'Items',
  connections: 'Connections',
  chain: 'Chain table (each row a chain)',
};
const SLOT_ROLES: Record<Slot, readonly Role[]> = {
  elements: ROLES.filter((r) => !['from', 'to', 'relation', 'basis', 'chain'].includes(r)),
  connections: ['ignore', 'from', 'to', 'relation', 'basis', 'confidence', 'note', 'sources'],
  chain: ['ignore', 'chain', 'period', 'basis', 'confidence', 'note', 'sources'],
};

export function ImportDialog({ plan: guessed, ctx, onImport, onClose }: ImportDialogProps) {
  const [plan, setPlan] = useState<ImportPlan>(guessed);
  const result = useMemo(() => buildDataset(structuredClone(plan), ctx), [plan, ctx]);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  const slots = (['elements', 'connections', 'chain'] as const).filter(
    (s) => plan[s] && (plan.shape === 'chain' ? s === 'chain' : s !== 'chain'),
  );
  const change = (slot: Slot, index: number, patch: Partial<ColumnMapping>) =>
    setPlan((p) => {
      const sheet = p[slot]!;
      const columns = sheet.columns.map((c) => (c.index === index ? { ...c, ...patch, guessed: false } : c));
      return { ...p, [slot]: { ...sheet, columns } };
    });
  const d = result.dataset;
  return (
    <Modal title={`Import ${plan.label}`} onClose={onClose} wide testId="import-dialog">
      <p className="own-hint">
        Check what each column means, then look at the preview. Nothing changes on the map until you choose{' '}
        <strong>Replace the map</strong>.
      </p>
      {plan.elements && plan.chain ? (
        <div className="own-row" role="radiogroup" aria-label="Read the file as">
          {(['elements', 'chain'] as const).map((shape) => (
            <label key={shape}>
              <input
                type="radio"
                name="import-shape"
                checked={plan.shape === shape}
                onChange={() => setPlan((p) => ({ ...p, shape }))}
              />{' '}
              {shape === 'elements' ? 'items and connections' : 'a chain table'}
            </label>
          ))}
        </div>
      ) : null}
      {slots.map((slot) => (
        <SheetMapping
          key={slot}
          slot={slot}
          sheet={plan[slot]!}
          ctx={ctx}
          onChange={(index, patch) => change(slot, index, patch)}
        />
      ))}
      {plan.unusedSheets.length > 0 ? (
        <p className="own-hint">
          Not read: {plan.unusedSheets.map((s) => `‘${s}’`).join(', ')} (not a table of items, connections, chains or
          sources).
        </p>
      ) : null}
      <section aria-labelledby="import-preview" className="own-preview">
        <h3 id="import-preview">Preview</h3>
        <p data-testid="import-counts">
          {result.counts.nodes} item{result.counts.nodes === 1 ? '' : 's'}, {result.counts.links} link
          {result.counts.links === 1 ? '' : 's'}
          {result.counts.kindsFromPreset.length > 0
            ? `; kinds from the ITU preset: ${result.counts.kindsFromPreset.join(', ')}`
            : ''}
          {result.counts.kindsCreated.length > 0 ? `; new kinds: ${result.counts.kindsCreated.join(', ')}` : ''}.
        </p>
        {result.defaults.length > 0 ? (
          <>
            <h4>Defaults applied (shown on the map as such)</h4>
            <ul>
              {result.defaults.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </>
        ) : null}
        {d && d.nodes.length > 0 ? (
          <table className="own-table">
            <caption>First items</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Code</th>
                <th scope="col">Title</th>
                <th scope="col">Links</th>
              </tr>
            </thead>
            <tbody>
              {d.nodes.slice(0, 6).map((n) => (
                <tr key={n.id}>
                  <td>{d.kinds.find((k) => k.id === n.kind)?.singular ?? n.kind}</td>
                  <td>{n.code ?? ''}</td>
                  <td>{n.label ?? <em>title not given</em>}</td>
                  <td>{d.links.filter((l) => l.source === n.id || l.target === n.id).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <h4>
          {errors.length === 0
            ? 'No errors'
            : `${errors.length} error${errors.length === 1 ? '' : 's'}: fix them in the file or the mapping`}
          {warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}
        </h4>
        {result.problems.length > 0 ? (
          <ul className="own-problems" data-testid="import-problems">
            {result.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'own-error' : 'own-warning'}>
                <strong>{p.severity === 'error' ? 'Error' : 'Warning'}</strong> {locationOf(p)}: {p.message}
              </li>
            ))}
            {result.problems.length > SHOWN_PROBLEMS ? (
              <li>…and {result.problems.length - SHOWN_PROBLEMS} more.</li>
            ) : null}
          </ul>
        ) : null}
      </section>
      <div className="own-actions">
        <TemplateButtons kinds={ctx.kinds} />
        <span className="own-spacer" />
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="own-primary"
          disabled={!d}
          title={d ? undefined : 'The file has errors: it cannot replace the map'}
          onClick={() => d && onImport(d, plan.label)}
        >
          Replace the map
        </button>
      </div>
    </Modal>
  );
}

function SheetMapping({
  slot,
  sheet,
  ctx,
  onChange,
}: {
  slot: Slot;
  sheet: SheetPlan;
  ctx: ImportContext;
  onChange: (index: number, patch: Partial<ColumnMapping>) => void;
}) {
  const { table, columns } = sheet;
  return (
    <section className="own-sheet" aria-label={`${SLOT_TITLES[slot]}: columns`}>
      <h3>
        {SLOT_TITLES[slot]}{' '}
        <span className="own-muted">
          — {table.label ? `sheet ‘${table.label}’, ` : ''}header in row {table.headerRow}, {table.rows.length} rows
        </span>
      </h3>
      <table className="own-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First values</th>
            <th scope="col">Means</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => {
            const samples = table.rows
              .map((r) => r.cells[c.index] ?? '')
              .filter((v) => v !== '')
              .slice(0, 3);
            return (
              <tr key={c.index}>
                <th scope="row">{c.header}</th>
                <td className="own-samples">{samples.join(' · ')}</td>
                <td>
                  <select
                    aria-label={`Meaning of column ‘${c.header}’`}
                    value={c.role}
                    onChange={(e) => {
                      const role = e.target.value as Role;
                      onChange(c.index, role === 'chain' ? { role, kind: c.kind ?? newKindId(c.header) } : { role });
                    }}
                  >
                    {SLOT_ROLES[slot].map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                  {c.role === 'chain' ? (
                    <select
                      aria-label={`Kind of the items in column ‘${c.header}’`}
                      value={c.kind}
                      onChange={(e) => onChange(c.index, { kind: e.target.value })}
                    >
                      {ctx.kinds.map((k) => (
                        <option key={k.id} value={k.id}>
                          {k.singular}
                        </option>
                      ))}
                      {ctx.kinds.some((k) => k.id === newKindId(c.header)) ? null : (
                        <option value={newKindId(c.header)}>new kind: {c.header}</option>
                      )}
                    </select>
                  ) : null}
                  {c.guessed && c.role !== 'ignore' ? <span className="own-muted"> (guessed)</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
