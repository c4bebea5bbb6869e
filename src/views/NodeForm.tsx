/**
 * Add or change a node: kind, code, title, description, periods, region, sector, tags, sources, confidence, note.
 * Checked as typed by the same rules as a file; Save is offered only when the dataset stays valid.
 */
import { ConfidenceSelect } from './ConfidenceSelect';
import { useMemo, useState } from 'react';
import { addNode, updateNode, type Command } from '../model/commands';
import { type Confidence, type Dataset, type MapNode } from '../model/schema';
import { useAppStore } from '../store/store';
import { Modal } from './Modal';
import { EditForm, SourcesField } from './EditForm';
import { editErrors, formatRefs, freshNodeId, parseRefs, splitList } from './editing';

export function NodeForm({ dataset, node, onClose }: { dataset: Dataset; node: MapNode | null; onClose: () => void }) {
  const [kind, setKind] = useState(node?.kind ?? dataset.kinds[0]?.id ?? '');
  const [code, setCode] = useState(node?.code ?? '');
  const [title, setTitle] = useState(node?.label ?? '');
  const [description, setDescription] = useState(node?.description ?? '');
  const [periods, setPeriods] = useState(node?.periods.join('; ') ?? '');
  const [region, setRegion] = useState(node?.region ?? '');
  const [sector, setSector] = useState(node?.sector ?? '');
  const [tags, setTags] = useState(node?.tags?.join('; ') ?? '');
  const [sources, setSources] = useState(node ? formatRefs(node.sources) : '');
  const [confidence, setConfidence] = useState<Confidence>(node?.confidence ?? 'medium');
  const [note, setNote] = useState(node?.note ?? '');
  const runCommand = useAppStore((s) => s.runCommand);

  const command: Command = useMemo(() => {
    const fields = {
      kind,
      code: code.trim() || undefined,
      label: title.trim() === '' ? null : title.trim(),
      description: description.trim(),
      periods: splitList(periods),
      region: region.trim() || undefined,
      sector: sector.trim() || undefined,
      tags: splitList(tags).length > 0 ? splitList(tags) : undefined,
      sources: parseRefs(sources),
      confidence,
      note: note.trim() || undefined,
    };
    if (node) return updateNode(node.id, fields);
    const id = freshNodeId(dataset, kind, code || title);
    const created = { id, ...fields } as MapNode;
    for (const key of Object.keys(created) as (keyof MapNode)[]) if (created[key] === undefined) delete created[key];
    return addNode(created);
  }, [node, dataset, kind, code, title, description, periods, region, sector, tags, sources, confidence, note]);

  const errors = useMemo(
    () =>
      editErrors(dataset, command, (after) => {
        const id = node?.id ?? after.nodes[after.nodes.length - 1]?.id;
        const at = after.nodes.findIndex((n) => n.id === id);
        return at < 0 ? null : `nodes[${at}]`;
      }),
    [dataset, command, node],
  );
  const sourceIds = dataset.meta.sources.map((s) => s.id);
  return (
    <Modal
      title={node ? `Edit ${node.code ?? node.label ?? node.id}` : 'Add an item'}
      onClose={onClose}
      testId="node-form"
    >
      <EditForm
        errors={errors}
        onSubmit={() => runCommand(command)}
        onClose={onClose}
        submitLabel={node ? 'Save' : 'Add'}
      >
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            {dataset.kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.singular}
              </option>
            ))}
          </select>
        </label>
        <label>
          Code <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="C5, Q3/2, AFR1" />
        </label>
        <label>
          Title{' '}
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="empty: title not yet sourced" />
        </label>
        <label>
          Description <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} />
        </label>
        <label>
          Periods{' '}
          <input value={periods} onChange={(e) => setPeriods(e.target.value)} placeholder="2024-2027; 2020-2023" />
        </label>
        <label>
          Region <input value={region} onChange={(e) => setRegion(e.target.value)} />
        </label>
        <label>
          Sector <input value={sector} onChange={(e) => setSector(e.target.value)} placeholder="ITU-D" />
        </label>
        <label>
          Tags <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="cybersecurity; broadband" />
        </label>
        <SourcesField value={sources} onChange={setSources} sourceIds={sourceIds} />
        <ConfidenceSelect value={confidence} onChange={setConfidence} />
        <label>
          Note <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        </label>
      </EditForm>
    </Modal>
  );
}
