import { describe, expect, it } from 'vitest';
import { groupOutlines, groupingContainer, outlineFaded } from './groupOutlines';
import { buildScene } from './buildScene';
import { buildPageScene, MIN_SCALE } from './pageScene';
import { GEOMETRY } from '../layout/types';
import type { SceneText } from './scene';
import { writeSvg } from '../export/svg';
import { layoutMap } from '../layout/layoutMap';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';
import type { Dataset, MapLink, MapNode } from '../model/schema';
import { loadTiny } from '../../test/export/xml';

const TODAY = new Date('2026-06-01T12:00:00');

/**
 * The tiny map with containers: three Arab initiatives of which two belong to an action plan (and one of those
 * also to a smaller working group, which is more specific), and a third with no container.
 */
function withContainers(): Dataset {
  const d = loadTiny();
  const ri1 = d.nodes.find((n) => n.id === 'ri1') as MapNode;
  const link = (source: string, target: string, relation: string): MapLink => ({
    source,
    target,
    relation,
    basis: 'official',
    sources: [{ source: 'doc' }],
    confidence: 'high',
  });
  d.kinds.push({
    id: 'action-plan',
    singular: 'Action plan',
    plural: 'Action plans',
    colour: '#777777',
    shape: 'rect',
  });
  d.nodes.push(
    { ...ri1, id: 'ri2', code: 'ARB2', label: 'Second initiative' },
    { ...ri1, id: 'ri3', code: 'ARB3', label: 'Third initiative' },
    { ...ri1, id: 'plan', kind: 'action-plan', code: undefined, label: 'Kigali Action Plan', region: undefined },
    { ...ri1, id: 'wg', kind: 'action-plan', code: 'WG-A', label: 'A working group', region: undefined },
  );
  d.links.push(
    link('ri2', 'p1', 'implements'),
    link('ri3', 'p1', 'implements'),
    link('ri1', 'plan', 'belongs-to'),
    link('ri2', 'plan', 'belongs-to'),
    link('ri3', 'plan', 'belongs-to'),
    link('ri3', 'wg', 'belongs-to'),
    link('p1', 'plan', 'belongs-to'),
  );
  return d;
}

describe('groupOutlines', () => {
  const dataset = withContainers();
  const index = indexDataset(dataset);
  const visible = applyFilters(index, { ...NO_FILTERS, kinds: dataset.kinds.map((k) => k.id).slice(0, -1) });
  const layout = layoutMap({ dataset, visible, today: TODAY });
  const outlines = groupOutlines(index, layout, visible.nodes);

  it('groups a member by its most specific container', () => {
    expect(groupingContainer(index, 'ri3')?.id).toBe('wg');
    expect(groupingContainer(index, 'ri1')?.id).toBe('plan');
    expect(groupingContainer(index, 'g1')).toBeNull();
  });

  it('outlines each run of neighbouring members of one container, around their boxes, never overlapping', () => {
    // Every member is in exactly one outline; nodes without a container in none.
    const outlined = outlines.flatMap((o) => o.memberIds).sort();
    expect(outlined).toEqual(['p1', 'ri1', 'ri2', 'ri3']);
    for (const o of outlines) {
      const boxes = o.memberIds.map((id) => layout.boxes.get(id)!);
      for (const box of boxes) {
        expect(box.x).toBeGreaterThan(o.x);
        expect(box.x + box.width).toBeLessThan(o.x + o.width);
        expect(box.y).toBeGreaterThan(o.y);
        expect(box.y + box.height).toBeLessThan(o.y + o.height);
      }
      // No node outside the run sits inside its outline.
      for (const [id, box] of layout.boxes) {
        if (o.memberIds.includes(id)) continue;
        const inside =
          box.x < o.x + o.width && box.x + box.width > o.x && box.y < o.y + o.height && box.y + box.height > o.y;
        expect(inside, `${id} inside ${o.id}`).toBe(false);
      }
    }
    for (let i = 0; i < outlines.length; i++)
      for (let j = i + 1; j < outlines.length; j++) {
        const a = outlines[i]!;
        const b = outlines[j]!;
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
      }
    // Labelled with the container's code, else its title.
    const labels = new Map(outlines.map((o) => [o.memberIds[0], o.label]));
    expect(labels.get('p1')).toBe('Kigali Action Plan');
    expect(outlines.find((o) => o.memberIds.includes('ri3'))?.label).toBe('WG-A');
  });

  it('puts a container shown in its members\u2019 column inside their outline (C7 among its sub-lines)', () => {
    const d = withContainers();
    d.links.push({ ...d.links[d.links.length - 1]!, source: 'ri2', target: 'ri1' });
    const i = indexDataset(d);
    const v = applyFilters(i, { ...NO_FILTERS, kinds: d.kinds.map((k) => k.id).slice(0, -1) });
    const l = layoutMap({ dataset: d, visible: v, today: TODAY });
    const head = groupOutlines(i, l, v.nodes).find((o) => o.containerId === 'ri1');
    expect(head?.memberIds).toContain('ri1');
    expect(head?.memberIds).toContain('ri2');
    expect(head?.label).toBe('ARB1');
  });

  it('draws the same outlines, labelled, in the scene and the SVG', () => {
    const scene = buildScene({ dataset, visible, layout });
    const texts = scene.items.filter((i): i is SceneText => i.type === 'text' && i.role === 'group');
    expect(texts.map((t) => t.lines[0]?.text).sort()).toEqual(outlines.map((o) => o.label).sort());
    const svg = writeSvg(scene);
    expect(svg).toContain('<g class="groups">');
    expect(svg).toContain('>Kigali Action Plan</text>');
  });
  it('fades an outline with a focus when none of its members is on the focused chains', () => {
    const outline = outlines.find((o) => o.memberIds.includes('ri1'))!;
    expect(outlineFaded(outline, null)).toBe(false);
    expect(outlineFaded(outline, { nodes: new Set(['g1', 'ri1']) })).toBe(false);
    expect(outlineFaded(outline, { nodes: new Set(['g1']) })).toBe(true);
  });
  it('draws the outlines on document pages too, the name never under 9 pt however small the page', () => {
    for (const page of [
      { width: 960, height: 540 },
      { width: 640, height: 360 },
    ]) {
      const { scene, scale } = buildPageScene({ dataset, visible, layout, page, title: 'Map' });
      const names = scene.items.filter((i): i is SceneText => i.type === 'text' && i.role === 'group');
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) {
        expect(n.lines[0]?.text).toMatch(/^(Kigali|WG-A)/);
        // The smallest text a page allows: a label at the smallest scale.
        expect(n.fontSize * scale).toBeGreaterThanOrEqual(MIN_SCALE * GEOMETRY.labelFontSize - 1e-9);
      }
      expect(scene.items.some((i) => i.type === 'rect' && i.dash !== null && i.dash !== undefined)).toBe(true);
    }
  });
});
