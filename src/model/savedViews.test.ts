import { describe, expect, it } from 'vitest';
import type { Dataset, SavedView } from './schema';
import { addView, mergeViews, moveView, newViewId, removeView, renameView, setViews, updateView } from './savedViews';

const v = (id: string, name = id): SavedView => ({ id, name, state: `?f=${id}&v=1` });

describe('saved views', () => {
  it('adds with an id made from the name, never one already taken', () => {
    const list = addView([v('goal-2-in-africa')], { name: 'Goal 2 in Africa', state: '?v=1' });
    expect(list.map((x) => x.id)).toEqual(['goal-2-in-africa', 'goal-2-in-africa-2']);
    expect(newViewId('  ', [])).toBe('view');
    expect(newViewId('Q3/2 — cyber', [])).toBe('q3-2-cyber');
  });

  it('renames, updates (dropping an emptied note), removes and reorders', () => {
    const list = [v('a'), v('b'), v('c')];
    expect(renameView(list, 'b', 'Bee')[1]?.name).toBe('Bee');
    const noted = updateView(list, 'a', { description: 'note', state: '?m=t&v=1' });
    expect(noted[0]).toEqual({ id: 'a', name: 'a', description: 'note', state: '?m=t&v=1' });
    expect(updateView(noted, 'a', { description: '' })[0]).not.toHaveProperty('description');
    expect(removeView(list, 'b').map((x) => x.id)).toEqual(['a', 'c']);
    expect(moveView(list, 'c', -1).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(moveView(list, 'a', -1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(moveView(list, 'a', 5).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });

  it('merges a browser copy over the dataset’s own views', () => {
    const merged = mergeViews([v('a', 'old a'), v('d')], [v('b'), v('a', 'new a')]);
    expect(merged.map((x) => `${x.id}:${x.name}`)).toEqual(['b:b', 'a:new a', 'd:d']);
  });

  it('is an undoable dataset command', () => {
    const before = { views: [v('a')] } as unknown as Dataset;
    const command = setViews([v('a'), v('b')], 'Save view ‘b’');
    const after = command.apply(before);
    expect(after.views.map((x) => x.id)).toEqual(['a', 'b']);
    expect(before.views).toHaveLength(1);
    expect(command.invert(before).apply(after).views).toEqual(before.views);
  });
});
