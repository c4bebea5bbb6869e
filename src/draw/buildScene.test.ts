import { describe, expect, it } from 'vitest';
import { buildScene, type SceneOptions } from './buildScene';
import { groupOpacity, groupOrigin, type Scene, type SceneLink, type SceneText } from './scene';
import { layoutMap } from '../layout/layoutMap';
import { writeSvg } from '../export/svg';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import { hostileDataset, loadTiny } from '../../test/export/xml';
import type { Dataset } from '../model/schema';

const TODAY = new Date('2026-06-01T12:00:00');

function scene(dataset: Dataset, options?: SceneOptions, focus: string | null = null): Scene {
  const visible = applyFilters(indexDataset(dataset), NO_FILTERS);
  return buildScene({ dataset, visible, layout: layoutMap({ dataset, visible, today: TODAY }), focus, options });
}

/** Every string anywhere in `value`, with its path. */
function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('buildScene', () => {
  it('holds numbers and plain values only: no markup, CSS, units or references (data text aside)', () => {
    for (const s of [
      scene(loadTiny(), { subtitle: 'All', fit: 'a4-landscape' }, 'g2'),
      scene(loadTiny(), { theme: 'print' }),
    ]) {
      for (const [path, value] of strings(s)) {
        // Text runs, tooltips, titles and ids carry the dataset's own words (escaped by each writer).
        if (/\.text$|tooltip$|^title$|^description$|\.(key|from|to|nodeId)$/.test(path)) continue;
        expect(value, path).not.toMatch(/<|>|stroke-dasharray|\dpx\b|url\(|translate\(|^M[\d-]/);
      }
    }
  });

  it('draws the notice of a column the filters emptied in its slot, as on screen, and the SVG writes it', () => {
    const dataset = loadTiny();
    const visible = applyFilters(indexDataset(dataset), { ...NO_FILTERS, regions: ['Africa'] });
    const layout = layoutMap({ dataset, visible, today: TODAY });
    const s = buildScene({ dataset, visible, layout, options: { subtitle: 'Region: Africa' } });
    const notices = s.items.filter((i): i is SceneText => i.type === 'text' && i.role === 'notice');
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(notice.lines.map((l) => l.text).join(' ')).toBe('No regional initiatives for Africa in this dataset');
    expect(notice.italic).toBe(true);
    const column = layout.columns.find((c) => c.kind === 'regional-initiative')!;
    const origin = groupOrigin(s, notice.group);
    const mapOrigin = groupOrigin(s, s.groups.find((g) => g.role === 'map')!.id);
    for (const l of notice.lines) {
      expect(origin.x + l.x).toBeGreaterThanOrEqual(mapOrigin.x + column.x);
      expect(origin.x + l.x).toBeLessThan(mapOrigin.x + column.x + column.width);
      expect(origin.y + l.y).toBeGreaterThan(mapOrigin.y + column.notice!.y);
      expect(origin.y + l.y).toBeLessThan(mapOrigin.y + column.notice!.y + column.notice!.height);
    }
    // Its dashed box is drawn in the kind's colour.
    const box = s.items.find((i) => i.type === 'rect' && i.group === notice.group && i.y === column.notice!.y);
    expect(box).toMatchObject({ stroke: dataset.kinds.find((k) => k.id === 'regional-initiative')!.colour });
    const svg = writeSvg(s);
    expect(svg).toContain('class="notice"');
    expect(svg).toContain('No regional initiatives for Africa');
  });

  it('badges each node with its period in view when the map is filtered to a period, as on screen', () => {
    const base = loadTiny();
    const dataset: Dataset = {
      ...base,
      nodes: base.nodes.map((n) => (n.id === 'g1' ? { ...n, periods: ['2020-2023', '2024-2027'] } : n)),
    };
    const periodsOf = (periods: readonly string[] | null) => {
      const visible = applyFilters(indexDataset(dataset), NO_FILTERS);
      const layout = layoutMap({ dataset, visible, today: TODAY });
      const built = buildScene({ dataset, visible, layout, periods });
      return built.items
        .filter((i): i is SceneText => i.type === 'text' && i.role === 'period')
        .map((t) => t.lines.map((l) => l.text).join(' '));
    };
    expect(periodsOf(null)).toContain('2020-2023 +1');
    expect(periodsOf(['2024-2027'])).toContain('2024-2027 +1');
    expect(periodsOf(['2024-2027'])).not.toContain('2020-2023 +1');
  });

  it('keeps hostile labels as plain text, for the writers to escape', () => {
    const s = scene(hostileDataset());
    const texts = s.items.filter((i): i is SceneText => i.type === 'text').flatMap((t) => t.lines.map((l) => l.text));
    expect(texts.some((t) => t.includes('<'))).toBe(true);
  });

  it('draws every visible node once, with its links glued to their end nodes', () => {
    const dataset = loadTiny();
    const s = scene(dataset);
    const nodeGroups = s.groups.filter((g) => g.role === 'node');
    expect(nodeGroups.map((g) => g.nodeId).sort()).toEqual(dataset.nodes.map((n) => n.id).sort());
    const links = s.items.filter((i): i is SceneLink => i.type === 'link' && i.role === 'map');
    expect(links).toHaveLength(dataset.links.length);
    for (const link of links) {
      const ends = [link.from, link.to].sort();
      expect(dataset.links.some((l) => [l.source, l.target].sort().join() === ends.join())).toBe(true);
      // The curve starts at its `from` node's right side, in page units.
      const from = nodeGroups.find((g) => g.nodeId === link.from);
      if (!from) throw new Error('no node');
      const origin = groupOrigin(s, from.id);
      const linkOrigin = groupOrigin(s, link.group);
      expect(linkOrigin.x + link.curve.start.x).toBeGreaterThan(origin.x);
    }
  });

  it('fades what is off the focused chains, once, on a group', () => {
    const s = scene(loadTiny(), {}, 'g2');
    const faded = s.groups.find((g) => g.role === 'faded');
    expect(faded?.opacity).toBeGreaterThan(0);
    expect(faded?.opacity).toBeLessThan(1);
    const focus = s.groups.find((g) => g.nodeId === 'g2');
    if (!focus) throw new Error('no focus node');
    expect(groupOpacity(s, focus.id)).toBe(1);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(scene(loadTiny(), {}, 'g2'))).toBe(JSON.stringify(scene(loadTiny(), {}, 'g2')));
  });

  it('draws links solid on the projector theme, their basis by weight', () => {
    const links = scene(loadTiny(), { theme: 'projector' }).items.filter((i): i is SceneLink => i.type === 'link');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.style.dash).toBeNull();
  });
});
