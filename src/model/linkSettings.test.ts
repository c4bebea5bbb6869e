import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import tinyJson from '../../test/fixtures/tiny.json';
import { LINK_SETTINGS, LinkContext } from './linkSettings';
import { historyKey, withHistoryKind, type ViewState } from './viewState';

const tiny = () => structuredClone(tinyJson) as unknown as Dataset;
const ctx = new LinkContext(tiny(), new Date('2026-05-01'));

/** A view that differs from the default in every setting. */
const changed: ViewState = {
  filters: {
    ...ctx.defaults.filters,
    kinds: ['goal', 'programme'],
    periods: ['2022-2025'],
    sectors: ['ITU-D'],
    regions: ['Arab States'],
    bases: ['official'],
    confidences: ['high', 'low'],
    scope: ['p1'],
    hideUnlinked: true,
    periodMode: 'adopted',
  },
  chain: { direction: 'up', depth: 1, mode: 'related' },
  answers: {
    coverageKind: 'thematic-priority',
    coverageReach: 'chain',
    coverageSort: { by: 'kind', kind: 'regional-initiative' },
    coverageDescending: true,
    matrixRows: 'goal',
    matrixColumns: 'wsis-action-line',
    matrixThroughChain: false,
  },
  focus: 'ri1',
  viewport: { x: -10, y: 20, zoom: 0.5 },
  camera: { x: 20, y: -40, width: 2048, height: 1536 },
  viewMode: 'table',
  search: 'cyber security',
};

describe('the link settings table', () => {
  it('has one row per key, none of them the version', () => {
    const keys = LINK_SETTINGS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('v');
    expect(new Set(LINK_SETTINGS.map((s) => s.name)).size).toBe(keys.length);
  });

  it.each(LINK_SETTINGS.map((s) => [s.key, s] as const))(
    '%s: writes nothing at its default, and reads back what it writes',
    (_, setting) => {
      expect(setting.write(ctx.defaults, ctx)).toBeNull();
      const text = setting.write(changed, ctx);
      expect(text?.startsWith(`${setting.key}=`)).toBe(true);
      const messages: string[] = [];
      const read = setting.read(text!.slice(setting.key.length + 1), ctx.defaults, ctx, (m) => messages.push(m));
      expect(messages).toEqual([]);
      expect(setting.write(read, ctx)).toBe(text);
      expect(read).not.toEqual(ctx.defaults);
    },
  );

  it('names the setting in what it could not read', () => {
    const focus = LINK_SETTINGS.find((s) => s.key === 'f')!;
    const messages: string[] = [];
    expect(focus.read('nope', ctx.defaults, ctx, (m) => messages.push(m))).toBe(ctx.defaults);
    expect(messages).toEqual(['focus: no node ‘nope’ in this dataset']);
  });

  it('sorts settings by what their change does to history: typing, camera, or a new entry', () => {
    const today = new Date('2026-05-01');
    const key = (view: ViewState, kind: 'entry' | 'typing' | 'camera') => historyKey(view, kind, ctx.dataset, today);
    const panned = { ...ctx.defaults, viewport: changed.viewport };
    expect(key(panned, 'camera')).not.toBe(key(ctx.defaults, 'camera'));
    expect(key(panned, 'entry')).toBe(key(ctx.defaults, 'entry'));
    const typed = { ...ctx.defaults, search: 'x' };
    expect(key(typed, 'typing')).not.toBe(key(ctx.defaults, 'typing'));
    expect(key(typed, 'entry')).toBe(key(ctx.defaults, 'entry'));
    expect(key({ ...ctx.defaults, focus: 'g1' }, 'entry')).not.toBe(key(ctx.defaults, 'entry'));
    // The entry being left keeps its settings, with the camera it was last seen at.
    const pannedOnly = { ...changed, camera: null };
    expect(withHistoryKind(ctx.defaults, pannedOnly, 'camera')).toEqual({
      ...ctx.defaults,
      viewport: changed.viewport,
    });
    // What is seen (`cam`) wins over the pixel viewport.
    expect(withHistoryKind(ctx.defaults, changed, 'camera')).toEqual({
      ...ctx.defaults,
      viewport: null,
      camera: changed.camera,
    });
  });
});

describe('answers settings in links', () => {
  it('round-trips the view modes, period meaning and focus options', async () => {
    const { encodeViewState, decodeViewState } = await import('./viewState');
    const { loadFixture } = await import('../../test/fixtures/load');
    const d = loadFixture();
    const today = new Date('2025-06-01');
    const base = decodeViewState('', d, today).state;
    const view = {
      ...base,
      viewMode: 'matrix' as const,
      focus: 'g2',
      filters: { ...base.filters, periodMode: 'adopted' as const },
      chain: { direction: 'down' as const, depth: 2 as const, mode: 'related' as const },
    };
    const query = encodeViewState(view, d, today);
    expect(query).toContain('m=x');
    expect(query).toContain('pm=a');
    expect(query).toContain('fd=down');
    expect(query).toContain('fn=2');
    expect(query).toContain('fm=r');
    const back = decodeViewState(query, d, today);
    expect(back.ignored).toEqual([]);
    expect(back.state.viewMode).toBe('matrix');
    expect(back.state.filters.periodMode).toBe('adopted');
    expect(back.state.chain).toEqual(view.chain);
    expect(decodeViewState('?m=g&v=1', d, today).state.viewMode).toBe('coverage');
    expect(decodeViewState('?fn=7&v=1', d, today).ignored).toEqual(['focus depth: ‘7’ is not 1, 2 or all']);
  });
});
