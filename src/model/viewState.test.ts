import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from './schema';
import { NO_FILTERS, sameFilters } from './filters';
import { decodeViewState, defaultViewState, encodeViewState, roundViewport, type ViewState } from './viewState';

const tinyText = readFileSync(new URL('../../test/fixtures/tiny.json', import.meta.url), 'utf8');

/** The tiny fixture, plus a node whose id needs escaping. */
function dataset(): Dataset {
  const d = JSON.parse(tinyText) as Dataset;
  d.nodes.push({ ...d.nodes[0]!, id: 'odd id, with *&=?#/ é!', code: 'ODD' });
  return d;
}
const d = dataset();
const today = new Date('2026-05-01');
const defaults = defaultViewState(d, today);
const encode = (state: ViewState) => encodeViewState(state, d, today);
const decode = (query: string) => decodeViewState(query, d, today);
const view = (patch: Partial<ViewState>, filters: Partial<ViewState['filters']> = {}): ViewState => ({
  ...defaults,
  ...patch,
  filters: { ...defaults.filters, ...filters },
});

/** Equal up to list order and viewport rounding. */
function sameView(a: ViewState, b: ViewState): boolean {
  return (
    sameFilters(a.filters, b.filters) &&
    a.filters.scope.join('\n') === b.filters.scope.join('\n') &&
    a.focus === b.focus &&
    a.viewMode === b.viewMode &&
    a.search === b.search &&
    JSON.stringify(a.viewport && roundViewport(a.viewport)) === JSON.stringify(b.viewport && roundViewport(b.viewport))
  );
}

describe('encodeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(encode(defaults)).toBe('');
    expect(decode('')).toEqual({ state: defaults, ignored: [] });
  });

  it('writes short keys, only what differs, pins the cycle and ends with the version', () => {
    const state = view(
      { focus: 'g2', viewMode: 'table', search: 'e-health, Q3/2', viewport: { x: -120.4, y: 40.6, zoom: 0.75321 } },
      { kinds: ['goal', 'programme'], regions: ['Arab States'], bases: ['official', 'derived'], confidences: ['high'] },
    );
    expect(encode(state)).toBe(
      '?f=g2&k=goal,programme&p=2024-2027&r=Arab%20States&b=!p&c=h&m=t&q=e-health%2C%20Q3%2F2&vp=-120,41,0.753&v=1',
    );
    expect(encode(view({ focus: 'g2' }))).toBe('?f=g2&p=2024-2027&v=1');
  });

  it('writes "all" and "none" distinctly', () => {
    expect(encode(view({}, { periods: null }))).toBe('?p=*&v=1');
    expect(encode(view({}, { kinds: [] }))).toBe('?k=-&p=2024-2027&v=1');
    expect(decode('?p=*&v=1').state.filters.periods).toBeNull();
    expect(decode('?k=-&v=1').state.filters.kinds).toEqual([]);
  });

  it('writes "all but" when it is shorter', () => {
    const kinds = d.kinds.map((k) => k.id).filter((k) => k !== 'study-question');
    expect(encode(view({}, { kinds }))).toBe('?k=!study-question&p=2024-2027&v=1');
    expect(decode('?k=!study-question&v=1')).toEqual({ state: view({}, { kinds }), ignored: [] });
    expect(decode('?k=!study-question,nope&b=!o&v=1')).toEqual({
      state: view({}, { kinds, bases: ['derived', 'proposed'] }),
      ignored: ['columns: no kind ‘nope’ in this dataset'],
    });
    // An exclusion that is cut short excludes less, never more.
    expect(decode('?k=!study-q&v=1').state.filters.kinds).toEqual(d.kinds.map((k) => k.id));
    expect(decode('?k=!&v=1').state.filters.kinds).toEqual(d.kinds.map((k) => k.id));
    // Scope has no "all": a leading ! is part of an id.
    expect(decode('?sc=!g1&v=1').ignored).toEqual(['scope: no node ‘!g1’ in this dataset']);
  });

  it('measures kinds against the columns a dataset starts with', () => {
    const withHidden = dataset();
    withHidden.kinds = withHidden.kinds.map((k) => (k.id === 'study-question' ? { ...k, hidden: true } : k));
    const start = defaultViewState(withHidden, today);
    expect(start.filters.kinds).not.toContain('study-question');
    expect(encodeViewState(start, withHidden, today)).toBe('');
    const allOn = { ...start, filters: { ...start.filters, kinds: null } };
    expect(encodeViewState(allOn, withHidden, today)).toBe('?k=*&p=2024-2027&v=1');
    expect(decodeViewState('?k=*&v=1', withHidden, today).state).toEqual(allOn);
    expect(decodeViewState('?f=g1&v=1', withHidden, today).state.filters.kinds).toEqual(start.filters.kinds);
  });

  it('escapes ids, so any id survives the trip', () => {
    const state = view(
      { focus: 'odd id, with *&=?#/ é!' },
      { scope: ['odd id, with *&=?#/ é!', 'g1'], hideUnlinked: true },
    );
    const query = encode(state);
    expect(query).not.toMatch(/[ *#]/);
    expect(decode(query)).toEqual({ state, ignored: [] });
  });

  it('keeps a busy view short enough for an email', () => {
    const state = view(
      { focus: 'q3', viewport: { x: -1234.5, y: 987.6, zoom: 1.234 }, search: 'cybersecurity' },
      {
        kinds: ['goal', 'programme', 'regional-initiative'],
        regions: ['Arab States'],
        scope: ['g2', 'ri1'],
        hideUnlinked: true,
      },
    );
    expect(encode(state).length).toBeLessThan(160);
  });
});

describe('decodeViewState', () => {
  it('round-trips any state', () => {
    const ids = d.nodes.map((n) => n.id);
    const kinds = d.kinds.map((k) => k.id);
    const list = <T>(items: readonly T[]) => fc.option(fc.subarray([...items]), { nil: null });
    const states = fc.record({
      filters: fc.record({
        kinds: list(kinds),
        periods: list(['2020-2023', '2024-2027', '2022-2025', '2026']),
        sectors: list(['ITU-D']),
        regions: list(['Arab States']),
        bases: list(['official', 'derived', 'proposed'] as const),
        confidences: list(['high', 'medium', 'low'] as const),
        scope: fc.subarray(ids),
        hideUnlinked: fc.boolean(),
      }),
      focus: fc.option(fc.constantFrom(...ids), { nil: null }),
      viewport: fc.option(
        fc.record({
          x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
          y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
          // Within the map's zoom range: a link beyond it is clamped (src/model/viewport.test.ts).
          zoom: fc.double({ min: 0.03, max: 2.5, noNaN: true }),
        }),
        { nil: null },
      ),
      viewMode: fc.constantFrom('map' as const, 'table' as const),
      search: fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
    });
    fc.assert(
      fc.property(states, (state) => {
        const { state: back, ignored } = decode(encode(state));
        return ignored.length === 0 && sameView(back, state);
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('never throws on junk and always yields a usable state', () => {
    const ids = new Set(d.nodes.map((n) => n.id));
    const kinds = new Set(d.kinds.map((k) => k.id));
    const junk = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom('f', 'k', 'p', 's', 'r', 'b', 'c', 'sc', 'h', 'm', 'q', 'vp', 'v', 'x', ''),
            fc.string({ unit: fc.constantFrom('%', 'E', '2', ',', '*', '-', '!', 'g', '1', '.', '&', '=', 'é', ' ') }),
          ),
        )
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    );
    fc.assert(
      fc.property(junk, (query) => {
        const { state, ignored } = decode(query);
        const z = state.viewport?.zoom;
        return (
          Array.isArray(ignored) &&
          (state.focus === null || ids.has(state.focus)) &&
          (state.filters.kinds === null || state.filters.kinds.every((k) => kinds.has(k))) &&
          state.filters.scope.every((id) => ids.has(id)) &&
          (z === undefined || (Number.isFinite(z) && z > 0))
        );
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('applies what it can read and says what it ignored', () => {
    const { state, ignored } = decode('?f=xyz&k=goal,nope&zz=1&vp=1,2&h=yes&m=tree&r=Atlantis&b=o,x&c=h&v=1');
    expect(state.focus).toBeNull();
    expect(state.filters.kinds).toEqual(['goal']);
    expect(state.filters.bases).toEqual(['official']);
    expect(state.filters.confidences).toEqual(['high']);
    expect(state.filters.regions).toBeNull();
    expect(state.viewport).toBeNull();
    expect(state.filters.hideUnlinked).toBe(false);
    expect(state.viewMode).toBe('map');
    expect(ignored).toEqual([
      'unknown setting ‘zz’',
      'columns: no kind ‘nope’ in this dataset',
      'regions: no region ‘Atlantis’ in this dataset',
      'link basis: no link basis ‘x’',
      'focus: no node ‘xyz’ in this dataset',
      'hide unlinked: ‘yes’ is not 1 or 0',
      'view: no view ‘tree’',
      'viewport: ‘1,2’ is not x,y,zoom',
    ]);
  });

  it('carries the coverage and matrix choices, and reads older links without them as the defaults', () => {
    const answers = {
      coverageKind: 'thematic-priority',
      coverageReach: 'chain' as const,
      coverageSort: { by: 'total' as const },
      coverageDescending: true,
      matrixRows: 'goal',
      matrixColumns: 'wsis-action-line',
      matrixThroughChain: false,
    };
    const link = encode(view({ viewMode: 'coverage', answers }));
    expect(link).toContain('gk=thematic-priority&gr=c&gs=total&gd=1&xr=goal&xc=wsis-action-line&xt=0');
    const { state, ignored } = decode(link);
    expect(ignored).toEqual([]);
    expect(state.viewMode).toBe('coverage');
    expect(state.answers).toEqual(answers);
    // A link from before these keys opens the views on their defaults.
    const old = decode('?m=x&p=2024-2027&v=1');
    expect(old.ignored).toEqual([]);
    expect(old.state.viewMode).toBe('matrix');
    expect(old.state.answers).toBeUndefined();
    // A column the dataset lacks is reported and left at the default.
    const odd = decode('?m=g&gk=nope&gs=nope&v=1');
    expect(odd.state.answers).toBeUndefined();
    expect(odd.ignored).toEqual([
      'coverage column: no kind ‘nope’ in this dataset',
      'coverage sort: ‘nope’ is not name, total or a column of this dataset',
    ]);
  });

  it('reads a link made by a newer version as far as it can', () => {
    const { state, ignored } = decode('?f=g2&w=3&v=9');
    expect(state.focus).toBe('g2');
    expect(ignored).toEqual([
      'unknown setting ‘w’',
      'this link was made by a newer version of Strategy Map (v9); the settings this version understands were applied',
    ]);
  });

  it('reads an outdated link whose nodes and kinds left the dataset', () => {
    const { state, ignored } = decode('?f=old-goal&k=goal,old-kind&sc=g2,old-q&p=2020-2023&v=1');
    expect(state.filters).toEqual({ ...NO_FILTERS, kinds: ['goal'], periods: ['2020-2023'], scope: ['g2'] });
    expect(ignored).toEqual([
      'columns: no kind ‘old-kind’ in this dataset',
      'scope: no node ‘old-q’ in this dataset',
      'focus: no node ‘old-goal’ in this dataset',
    ]);
  });

  it('accepts full words for bases and confidences, a whole URL, and a fragment', () => {
    const { state, ignored } = decode('https://example.org/map/?b=official&c=medium,low&v=1#top');
    expect(state.filters.bases).toEqual(['official']);
    expect(state.filters.confidences).toEqual(['medium', 'low']);
    expect(ignored).toEqual([]);
  });

  it('notices every truncation and keeps what came before the cut', () => {
    const full = view(
      { focus: 'odd id, with *&=?#/ é!', viewMode: 'table', viewport: { x: 10, y: -20, zoom: 1.5 }, search: 'Réseaux' },
      {
        kinds: ['goal', 'programme', 'study-question'],
        regions: ['Arab States'],
        scope: ['g2', 'ri1'],
        hideUnlinked: true,
      },
    );
    const query = encode(full);
    for (let cut = 2; cut < query.length; cut++) {
      const { state, ignored } = decode(query.slice(0, cut));
      expect(ignored.length, query.slice(0, cut)).toBeGreaterThan(0);
      const f = state.filters;
      expect(state.focus === null || state.focus === full.focus).toBe(true);
      expect(f.kinds === null || f.kinds.every((k) => full.filters.kinds?.includes(k))).toBe(true);
      expect(f.scope.every((id) => full.filters.scope.includes(id))).toBe(true);
      expect(state.viewport === null || sameView({ ...full, viewport: state.viewport }, full)).toBe(true);
      expect(state.search === '' || state.search === full.search).toBe(true);
      expect(state.viewMode).toBe(query.slice(0, cut).includes('m=t&') ? 'table' : 'map');
    }
    expect(decode(query)).toEqual({ state: full, ignored: [] });
  });

  it('reports a missing version mark, a broken escape, duplicates and bare keys', () => {
    // Without the closing v=1 the last value may be cut ("g12" -> "g1"), so it is not trusted.
    expect(decode('?f=g2&m=t')).toMatchObject({
      state: { focus: 'g2', viewMode: 'map' },
      ignored: [
        'the link seems cut short (it does not end with v=1): view was ignored and settings after the cut are at their defaults',
      ],
    });
    expect(decode('?f=g2&zz').ignored).toEqual([
      'unknown setting ‘zz’',
      'the link seems cut short (it does not end with v=1): settings after the cut are at their defaults',
    ]);
    expect(decode('?f=g2&zz').state.focus).toBe('g2');
    expect(decode('?q=%E2%8&v=1').ignored).toEqual(['search: unreadable text ‘%E2%8’']);
    expect(decode('?f=g1&f=g2&v=1')).toMatchObject({
      state: { focus: 'g1' },
      ignored: ['focus: given twice, the first one is used'],
    });
    expect(decode('?k&v=1').ignored).toEqual(['columns: no value (the link may have been cut short)']);
    expect(decode('?q=a+b&v=1').state.search).toBe('a b');
    expect(decode(`?q=${'x'.repeat(300)}&v=1`).state.search).toHaveLength(200);
    // A lone surrogate cannot be percent-encoded; it must not break the link.
    expect(decode(encode(view({ search: 'a\uD800b' }))).state.search).toBe('a\uFFFDb');
  });
});
