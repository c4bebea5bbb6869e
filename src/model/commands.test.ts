import { describe, expect, it } from 'vitest';
import type { Dataset, MapLink, MapNode } from './schema';
import tinyJson from '../../test/fixtures/tiny.json';
import {
  CommandError,
  addLink,
  addNode,
  batch,
  removeLink,
  removeNode,
  replaceDataset,
  updateLink,
  updateNode,
  type Command,
} from './commands';

const tiny = () => structuredClone(tinyJson) as unknown as Dataset;

const newNode: MapNode = {
  id: 'ri2',
  kind: 'regional-initiative',
  code: 'AFR2',
  label: 'A second initiative',
  description: 'Added by hand.',
  periods: ['2024-2027'],
  sources: [],
  confidence: 'low',
};
const newLink: MapLink = {
  source: 'ri2',
  target: 'p1',
  relation: 'implements',
  basis: 'proposed',
  sources: [],
  confidence: 'low',
  note: 'Same region.',
};

/** Applies `command`, checks `before` is untouched, and that the inverse gives back exactly `before`. */
function roundTrip(before: Dataset, command: Command): Dataset {
  const frozen = structuredClone(before);
  const after = command.apply(before);
  expect(before).toEqual(frozen);
  expect(after).not.toBe(before);
  expect(command.invert(before).apply(after)).toEqual(before);
  return after;
}

describe('dataset commands', () => {
  it('replaces the dataset, and undoes back to the one before', () => {
    const other = { ...tiny(), nodes: [] };
    const after = roundTrip(tiny(), replaceDataset(other));
    expect(after).toBe(other);
  });

  it('adds a node at the end or at a position, and refuses a taken id', () => {
    const before = tiny();
    expect(roundTrip(before, addNode(newNode)).nodes.at(-1)).toEqual(newNode);
    expect(
      roundTrip(before, addNode(newNode, 1))
        .nodes.map((n) => n.id)
        .slice(0, 3),
    ).toEqual(['g1', 'ri2', 'g2']);
    expect(() => addNode({ ...newNode, id: 'g1' }).apply(before)).toThrow(CommandError);
    expect(() => addNode({ ...newNode, id: 'g1' }).apply(before)).toThrow('A node ‘g1’ is already in the dataset.');
  });

  it('updates fields of a node, removing those given as undefined, and undoes to the old values', () => {
    const before = tiny();
    const after = roundTrip(before, updateNode('ri1', { label: 'Renamed', code: undefined, note: 'New note' }));
    const node = after.nodes.find((n) => n.id === 'ri1');
    expect(node).toMatchObject({ id: 'ri1', label: 'Renamed', note: 'New note', region: 'Arab States' });
    expect(node && 'code' in node).toBe(false);
    expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
    expect(() => updateNode('nope', { label: 'x' }).apply(before)).toThrow('There is no node ‘nope’ in the dataset.');
  });

  it('removes a node with its links, and undoing puts both back where they were', () => {
    const before = tiny();
    const after = roundTrip(before, removeNode('p1'));
    expect(after.nodes.map((n) => n.id)).not.toContain('p1');
    expect(after.links.map((l) => `${l.source}>${l.target}`)).toEqual(['tp1>g2', 'q3>c5']);
    expect(() => removeNode('p1').apply(after)).toThrow(CommandError);
  });

  it('adds a link between nodes of the dataset only, once', () => {
    const withNode = addNode(newNode).apply(tiny());
    const after = roundTrip(withNode, addLink(newLink));
    expect(after.links.at(-1)).toEqual(newLink);
    expect(() => addLink(newLink).apply(after)).toThrow('already in the dataset');
    expect(() => addLink({ ...newLink, target: 'ghost' }).apply(withNode)).toThrow('There is no node ‘ghost’');
  });

  it('updates a link, even its ends, and undoes it', () => {
    const before = tiny();
    const ref = { source: 'c5', target: 'p1', relation: 'addresses' };
    const after = roundTrip(before, updateLink(ref, { target: 'tp1', basis: 'derived', note: undefined }));
    const link = after.links[4];
    expect(link).toMatchObject({ source: 'c5', target: 'tp1', basis: 'derived' });
    expect(link && 'note' in link).toBe(false);
    expect(() => updateLink(ref, { basis: 'official' }).apply(after)).toThrow('There is no link c5 → p1');
    // Onto a link that exists already: refused.
    expect(() => updateLink(ref, { target: 'tp1', relation: 'contributes-to', source: 'p1' }).apply(before)).toThrow(
      'already in the dataset',
    );
  });

  it('removes a link, and undoing puts it back at its place', () => {
    const before = tiny();
    const after = roundTrip(before, removeLink({ source: 'ri1', target: 'p1', relation: 'implements' }));
    expect(after.links).toHaveLength(5);
    expect(after.nodes).toBe(before.nodes);
  });

  it('runs a batch as one step, undone in reverse order, and all or nothing', () => {
    const before = tiny();
    const step = batch('Add an initiative with its link', [addNode(newNode), addLink(newLink)]);
    const after = roundTrip(before, step);
    expect(after.links.at(-1)).toEqual(newLink);
    expect(step.label).toBe('Add an initiative with its link');
    const frozen = structuredClone(before);
    expect(() => batch('Broken', [addNode(newNode), removeNode('nope')]).apply(before)).toThrow(CommandError);
    expect(before).toEqual(frozen);
  });
});
