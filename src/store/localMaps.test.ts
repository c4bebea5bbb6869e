import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addLink, updateNode } from '../model/commands';
import type { Dataset } from '../model/schema';
import { loadFixture } from '../../test/fixtures/load';
import { deleteMap, lastMap, listMaps, loadMap, renameMap, startAutosave } from './localMaps';
import { initialAppState, useAppStore } from './store';

const state = () => useAppStore.getState();
const settle = () => new Promise((r) => setTimeout(r, 30));

beforeEach(async () => {
  useAppStore.setState(initialAppState, true);
  for (const m of await listMaps()) await deleteMap(m.id);
});

describe('local maps', () => {
  it('saves the first edit of a dataset as a new local map, and every edit after it', async () => {
    const stop = startAutosave(useAppStore);
    state().openDataset(loadFixture());
    await settle();
    expect(await listMaps()).toEqual([]);
    state().runCommand(updateNode('g1', { label: 'Connectivity for all' }));
    const copy = state().workCopy!;
    expect(copy.name).toBe('Tiny fixture (edited)');
    await settle();
    state().runCommand(
      addLink({
        source: 'q3',
        target: 'g1',
        relation: 'contributes-to',
        basis: 'proposed',
        note: 'Why.',
        sources: [],
        confidence: 'low',
      }),
    );
    state().undo();
    state().redo();
    await settle();
    const saved = (await loadMap(copy.id))!;
    expect(saved.dataset.nodes.find((n) => n.id === 'g1')?.label).toBe('Connectivity for all');
    expect(saved.dataset.links.some((l) => l.source === 'q3' && l.target === 'g1')).toBe(true);
    expect(saved.baseline.nodes.find((n) => n.id === 'g1')?.label).toBe('Universal connectivity');
    expect((await lastMap())?.id).toBe(copy.id);
    stop();
  });

  it('keeps several maps, renames and deletes them', async () => {
    const stop = startAutosave(useAppStore);
    const open = (title: string) => {
      const d: Dataset = { ...loadFixture(), meta: { ...loadFixture().meta, title } };
      state().openDataset(d);
      state().runCommand(updateNode('g2', { note: title }));
      return state().workCopy!.id;
    };
    const a = open('First');
    await settle();
    const b = open('Second');
    await settle();
    expect((await listMaps()).map((m) => m.name).sort()).toEqual(['First (edited)', 'Second (edited)']);
    await renameMap(a, 'Proposal for TDAG');
    expect((await listMaps()).find((m) => m.id === a)?.name).toBe('Proposal for TDAG');
    await deleteMap(b);
    expect((await listMaps()).map((m) => m.id)).toEqual([a]);
    expect(await lastMap()).toBeNull();
    stop();
  });
});
