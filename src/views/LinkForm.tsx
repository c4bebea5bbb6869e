/**
 * Add or change a link: its ends, relation, basis, confidence, note and sources. Derived and proposed links need
 * a note; the form says so as you type, by the same rules as a file.
 */
import { ConfidenceSelect } from './ConfidenceSelect';
import { useMemo, useState } from 'react';
import { addLink, updateLink, type Command } from '../model/commands';
import { BASES, type Basis, type Confidence, type Dataset, type MapLink } from '../model/schema';
import { useAppStore } from '../store/store';
import { Modal } from './Modal';
import { EditForm, SourcesField } from './EditForm';
import { editErrors, formatRefs, parseRefs } from './editing';

export interface LinkFormProps {
  dataset: Dataset;
  /** The link to change, or null to add one. */
  link: MapLink | null;
  /** Ends to start a new link with (a drag on the map, "link from this item"). */
  initial?: { source?: string; target?: string };
  onClose: () => void;
}

export function LinkForm({ dataset, link, initial, onClose }: LinkFormProps) {
  const [source, setSource] = useState(link?.source ?? initial?.source ?? '');
  const [target, setTarget] = useState(link?.target ?? initial?.target ?? '');
  const [relation, setRelation] = useState(link?.relation ?? 'contributes-to');
  const [basis, setBasis] = useState<Basis>(link?.basis ?? 'proposed');
  const [confidence, setConfidence] = useState<Confidence>(link?.confidence ?? 'medium');
  const [note, setNote] = useState(link?.note ?? '');
  const [sources, setSources] = useState(link ? formatRefs(link.sources) : '');
  const runCommand = useAppStore((s) => s.runCommand);

  const fields: MapLink = useMemo(() => {
    const l: MapLink = { source, target, relation: relation.trim(), basis, sources: parseRefs(sources), confidence };
    if (note.trim()) l.note = note.trim();
    return l;
  }, [source, target, relation, basis, sources, confidence, note]);
  const command: Command = useMemo(
    () => (link ? updateLink(link, { ...fields, note: fields.note }) : addLink(fields)),
    [link, fields],
  );
  const errors = useMemo(
    () =>
      source === '' || target === ''
        ? ['choose both ends of the link']
        : editErrors(dataset, command, (after) => {
            const at = after.links.findIndex(
              (l) => l.source === fields.source && l.target === fields.target && l.relation === fields.relation,
            );
            return at < 0 ? null : `links[${at}]`;
          }),
    [dataset, command, fields, source, target],
  );
  const relations = [
    ...new Set([...(dataset.relations ?? []).map((r) => r.id), ...dataset.links.map((l) => l.relation)]),
  ];
  const sourceIds = dataset.meta.sources.map((s) => s.id);
  const kindName = new Map(dataset.kinds.map((k) => [k.id, k.singular]));
  const nodeOptions = dataset.nodes.map((n) => (
    <option key={n.id} value={n.id}>
      {kindName.get(n.kind) ?? n.kind}: {[n.code, n.label ?? '(title not yet sourced)'].filter(Boolean).join(' ')}
    </option>
  ));
  return (
    <Modal title={link ? 'Edit the link' : 'Add a link'} onClose={onClose} testId="link-form">
      <EditForm
        errors={errors}
        onSubmit={() => runCommand(command)}
        onClose={onClose}
        submitLabel={link ? 'Save' : 'Add'}
      >
        <label>
          From (contributes)
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">choose an item…</option>
            {nodeOptions}
          </select>
        </label>
        <label>
          To (contributed to)
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">choose an item…</option>
            {nodeOptions}
          </select>
        </label>
        <label>
          Relation <input value={relation} onChange={(e) => setRelation(e.target.value)} list="own-relations" />
        </label>
        <datalist id="own-relations">
          {relations.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <label>
          Basis
          <select value={basis} onChange={(e) => setBasis(e.target.value as Basis)}>
            {BASES.map((b) => (
              <option key={b}>{b}</option>
            ))}
          </select>
        </label>
        <ConfidenceSelect value={confidence} onChange={setConfidence} />
        <label>
          Note{basis === 'official' ? '' : ' (required: how it follows, or why)'}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        </label>
        <SourcesField value={sources} onChange={setSources} sourceIds={sourceIds} />
      </EditForm>
    </Modal>
  );
}
