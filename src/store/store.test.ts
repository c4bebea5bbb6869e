import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { addLink, addNode, removeLink, removeNode, replaceDataset, updateLink, updateNode } from '../model/commands';
import { defaultViewState } from '../model/viewState';
import tinyJson from '../../test/fixtures/tiny.json';
import { initialAppState, useAppStore } from './store';
import { selectCanRedo, selectCanUndo, selectVisible } from './selectors';

const tiny = () => structuredClone(tinyJson) as unknown as Dataset;
const state = () => useAppStore.getState();
const nodeIds = () => state().dataset?.nodes.map((n) => n.id);

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  state().openDataset(tiny());
});

describe('opening a dataset', () => {
  it('starts on its default view with no focus, no notices and no history', () => {
    state().setFocus('g1');
    state().setFilters({ hideUnlinked: true });
    state().setSearch('cyber');
    state().failLoad({ file: 'bad.json', problems: [] });
    state().setUrlNotice(['focus: no node']);
    state().runCommand(removeNode('q3'));
    state().openDataset(tiny());
    expect(state().focusId).toBeNull();
    expect(state().revealRequest).toBeNull();
    expect(state().filters.hideUnlinked).toBe(false);
    expect(state().search).toBe('');
    expect(state().loadFailure).toBeNull();
    expect(state().urlNotice).toBeNull();
    expect(selectCanUndo(state())).toBe(false);
    expect(nodeIds()).toContain('q3');
  });

  it('does it in one update, so no subscriber sees a new dataset with the old filters', () => {
    state().setFilters({ kinds: ['goal'] });
    const seen: (string[] | null)[] = [];
    const stop = useAppStore.subscribe((s) => seen.push(s.filters.kinds));
    state().openDataset(tiny());
    stop();
    expect(seen).toEqual([null]);
  });
});

describe('applying a view', () => {
  it('sets filters, search, focus, view mode and viewport together', () => {
    const view = { ...defaultViewState(tiny(), new Date()), focus: 'p1', viewMode: 'table' as const, search: 'x' };
    state().applyView({ ...view, viewport: { x: 1, y: 2, zoom: 0.5 } });
    expect(state()).toMatchObject({
      focusId: 'p1',
      viewMode: 'table',
      search: 'x',
      viewport: { x: 1, y: 2, zoom: 0.5 },
    });
    expect(state().filters).toBe(view.filters);
  });
});

describe('reveal requests', () => {
  it('asks the map to bring a focused node into sight, anew each time', () => {
    state().setFocus('p1');
    const first = state().revealRequest;
    expect(first?.nodeId).toBe('p1');
    state().setFocus('p1');
    expect(state().revealRequest?.nodeId).toBe('p1');
    expect(state().revealRequest?.seq).not.toBe(first?.seq);
    state().setFocus(null);
    expect(state().revealRequest).toBeNull();
  });

  it('makes none for a view that brings its own viewport, until the user changes focus or filters', () => {
    const view = { ...defaultViewState(tiny(), new Date()), focus: 'q3', viewport: { x: 0, y: 0, zoom: 1 } };
    state().applyView(view);
    expect(state().focusId).toBe('q3');
    expect(state().revealRequest).toBeNull();
    state().setSearch('cyber');
    expect(state().revealRequest).toBeNull();
    state().toggleOption('kinds', 'goal');
    expect(state().revealRequest?.nodeId).toBe('q3');
  });

  it('brings the focus of a view without a viewport into sight', () => {
    state().applyView({ ...defaultViewState(tiny(), new Date()), focus: 'ri1' });
    expect(state().revealRequest?.nodeId).toBe('ri1');
  });
});

describe('commands, undo and redo', () => {
  const link = {
    source: 'g1',
    target: 'g2',
    relation: 'related',
    basis: 'proposed' as const,
    sources: [],
    confidence: 'low' as const,
  };
  const node = { ...tiny().nodes[0]!, id: 'g3', code: 'Goal 3' };

  it.each([
    ['replace the dataset', replaceDataset({ ...tiny(), nodes: tiny().nodes.slice(0, 2), links: [] })],
    ['add a node', addNode(node)],
    ['update a node', updateNode('g1', { label: 'Renamed' })],
    ['remove a node', removeNode('p1')],
    ['add a link', addLink(link)],
    ['update a link', updateLink({ source: 'p1', target: 'g1', relation: 'contributes-to' }, { basis: 'official' })],
    ['remove a link', removeLink({ source: 'p1', target: 'g1', relation: 'contributes-to' })],
  ])('can %s, undo it and redo it', (_, command) => {
    const original = state().dataset;
    state().runCommand(command);
    const changed = state().dataset;
    expect(changed).not.toEqual(original);
    expect(selectCanUndo(state())).toBe(true);
    expect(selectCanRedo(state())).toBe(false);
    state().undo();
    expect(state().dataset).toEqual(original);
    expect(selectCanUndo(state())).toBe(false);
    expect(selectCanRedo(state())).toBe(true);
    state().redo();
    expect(state().dataset).toEqual(changed);
    expect(selectCanRedo(state())).toBe(false);
  });

  it('shows the change on the map, and a new command clears what could be redone', () => {
    state().runCommand(addNode(node));
    expect(selectVisible(state()).nodes.map((n) => n.id)).toContain('g3');
    state().undo();
    state().runCommand(updateNode('g1', { label: 'Renamed' }));
    expect(selectCanRedo(state())).toBe(false);
    expect(state().past.map((e) => e.command.label)).toEqual(['Edit g1']);
  });

  it('clears a focus and drops scope nodes that an edit removes, and leaves the rest', () => {
    state().setFocus('p1');
    state().addToScope('p1');
    state().addToScope('g1');
    state().runCommand(removeNode('p1'));
    expect(state().focusId).toBeNull();
    expect(state().filters.scope).toEqual(['g1']);
    state().setFocus('g1');
    state().runCommand(updateNode('g2', { label: 'x' }));
    expect(state().focusId).toBe('g1');
  });

  it('refuses a command that does not fit, changing nothing', () => {
    const before = state().dataset;
    expect(() => state().runCommand(removeNode('nope'))).toThrow('There is no node ‘nope’');
    expect(state().dataset).toBe(before);
    expect(selectCanUndo(state())).toBe(false);
  });

  it('does nothing on undo or redo with an empty history', () => {
    const before = state().dataset;
    state().undo();
    state().redo();
    expect(state().dataset).toBe(before);
  });
});
