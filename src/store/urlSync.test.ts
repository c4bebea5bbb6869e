// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/schema';
import tinyJson from '../../test/fixtures/tiny.json';
import { initialAppState, useAppStore } from './store';
import { startUrlSync } from './urlSync';

const tiny = () => structuredClone(tinyJson) as unknown as Dataset;
const today = () => new Date('2026-05-01');
const store = useAppStore;
const state = () => store.getState();

let stop: (() => void) | null = null;
function start() {
  stop = startUrlSync(store, { window, viewportDelay: 20, searchDelay: 20, today });
}
function open(query: string) {
  window.history.replaceState(null, '', `/map/${query}`);
}
/** history.back() is asynchronous: wait for the popstate it fires. */
async function back() {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.back();
  await popped;
}

beforeEach(() => {
  store.setState(initialAppState, true);
  // A fresh entry drops forward entries left by the previous test, so history.length counts from here.
  window.history.pushState(null, '', '/map/');
});
afterEach(() => {
  stop?.();
  stop = null;
});

describe('startUrlSync', () => {
  it('applies the link once the dataset has loaded, reports what it ignored and cleans the address', () => {
    open('?f=g2&k=goal,nope&m=t&v=1#about');
    start();
    expect(state().focusId).toBeNull();
    state().openDataset(tiny());
    expect(state().focusId).toBe('g2');
    expect(state().viewMode).toBe('table');
    expect(state().filters.kinds).toEqual(['goal']);
    expect(state().urlNotice).toEqual(['columns: no kind ‘nope’ in this dataset']);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/map/?f=g2&k=goal&p=2024-2027&m=t&v=1#about',
    );
    state().dismissUrlNotice();
    expect(state().urlNotice).toBeNull();
  });

  it('survives a malformed link', () => {
    open('?f=%E2%8&vp=1,,&k=&&=&v=x');
    state().openDataset(tiny());
    start();
    expect(state().focusId).toBeNull();
    expect(state().filters.kinds).toBeNull();
    expect(state().urlNotice?.length).toBeGreaterThan(2);
    expect(window.location.search).toBe('');
  });

  it('pushes an entry per view change, and Back and Forward step through them', async () => {
    state().openDataset(tiny());
    start();
    const length = window.history.length;
    state().toggleOption('kinds', 'study-question');
    const filtered = window.location.search;
    expect(filtered).toContain('k=!study-question');
    state().setFocus('p1');
    expect(window.location.search).toContain('f=p1');
    state().setViewMode('table');
    expect(window.history.length).toBe(length + 3);

    await back();
    expect(state().viewMode).toBe('map');
    expect(state().focusId).toBe('p1');
    await back();
    expect(state().focusId).toBeNull();
    expect(state().filters.kinds).not.toContain('study-question');
    expect(window.location.search).toBe(filtered);
    await back();
    expect(state().filters.kinds).toBeNull();
    // Applying history wrote none.
    expect(window.history.length).toBe(length + 3);

    const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.forward();
    await forward;
    expect(state().filters.kinds).not.toContain('study-question');
  });

  it('puts the matrix and coverage choices in the address, and a shared link reopens them', async () => {
    state().openDataset(tiny());
    start();
    state().setViewMode('matrix');
    state().setMatrixKinds({ rows: 'goal', columns: 'wsis-action-line', throughChain: false });
    expect(window.location.search).toContain('xr=goal&xc=wsis-action-line&xt=0');
    state().setViewMode('coverage');
    state().setCoverage({ kind: 'thematic-priority', sort: { by: 'total' }, descending: true });
    const shared = window.location.search;
    expect(shared).toContain('gk=thematic-priority&gs=total&gd=1');
    await back();
    expect(state().coverageKind).toBeNull();
    expect(state().matrixRows).toBe('goal');

    // Another browser opens the shared link.
    stop?.();
    store.setState(initialAppState, true);
    open(shared);
    start();
    state().openDataset(tiny());
    expect(state().urlNotice).toBeNull();
    expect(state().viewMode).toBe('coverage');
    expect(state().coverageKind).toBe('thematic-priority');
    expect(state().coverageSort).toEqual({ by: 'total' });
    expect(state().coverageDescending).toBe(true);
    expect(state().matrixRows).toBe('goal');
    expect(state().matrixColumns).toBe('wsis-action-line');
    expect(state().matrixThroughChain).toBe(false);
  });

  it('rewrites the current entry for panning, after a quiet time', async () => {
    state().openDataset(tiny());
    start();
    const length = window.history.length;
    for (let x = 0; x < 10; x++) state().setViewport({ x: x * 10, y: 5, zoom: 1.25 });
    expect(window.location.search).toBe('');
    await vi.waitFor(() => expect(window.location.search).toBe('?p=2024-2027&vp=90,5,1.25&v=1'));
    expect(window.history.length).toBe(length);
  });

  it('keeps the viewport of the entry being left when a filter change follows a pan', async () => {
    state().openDataset(tiny());
    start();
    state().setViewport({ x: 1, y: 2, zoom: 1 });
    state().setFocus('g1');
    expect(window.location.search).toBe('?f=g1&p=2024-2027&vp=1,2,1&v=1');
    await back();
    expect(state().viewport).toEqual({ x: 1, y: 2, zoom: 1 });
    expect(state().focusId).toBeNull();
  });

  it('makes one entry of a typing burst', async () => {
    state().openDataset(tiny());
    start();
    const length = window.history.length;
    for (const text of ['c', 'cy', 'cyb', 'cyber']) state().setSearch(text);
    await vi.waitFor(() => expect(window.location.search).toBe('?p=2024-2027&q=cyber&v=1'));
    expect(window.history.length).toBe(length + 1);
    await back();
    expect(state().search).toBe('');
  });

  it('writes nothing when typing returns to where it started', async () => {
    state().openDataset(tiny());
    start();
    const length = window.history.length;
    state().setSearch('x');
    state().setSearch('');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(window.history.length).toBe(length);
  });

  it('replaces the entry when another dataset is opened, and stops when told', () => {
    state().openDataset(tiny());
    start();
    state().setFocus('g1');
    const length = window.history.length;
    const other = tiny();
    other.nodes = other.nodes.map((n) => ({ ...n, periods: ['2020-2023'] }));
    state().openDataset(other);
    expect(window.history.length).toBe(length);
    expect(window.location.search).toBe('');
    stop?.();
    stop = null;
    state().setFocus('g2');
    expect(window.location.search).toBe('');
  });
});
