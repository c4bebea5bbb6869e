import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load';
import { nextNode, type MapKey, type Trail } from './keyboard';
import { indexDataset } from '../model/graph';
import { layoutMap } from '../layout/layoutMap';
import type { Dataset } from '../model/schema';

const tiny: Dataset = loadFixture();
const index = indexDataset(tiny);
const layout = layoutMap({ dataset: tiny });
const visibleIds = new Set(tiny.nodes.map((n) => n.id));

/** Presses keys from a starting node and returns the nodes visited. */
function press(from: string | null, keys: MapKey[]): (string | null)[] {
  let at = from;
  let trail: Trail = [];
  const visited: (string | null)[] = [];
  for (const key of keys) {
    const move = nextNode({ index, layout, visibleIds, from: at, trail, key });
    at = move.id;
    trail = move.trail;
    visited.push(at);
  }
  return visited;
}

describe('keyboard movement', () => {
  it('starts at the first goal', () => {
    expect(press(null, ['ArrowDown'])).toEqual([layout.boxes.has('g1') ? expect.stringMatching(/^g[12]$/) : null]);
  });

  it('follows links from a goal down to a Question', () => {
    // g2 -> tp1 -> p1 -> (ri1 | c5) ... -> q3
    const path = press('g2', ['ArrowRight', 'ArrowRight', 'ArrowRight']);
    expect(path.slice(0, 2)).toEqual(['tp1', 'p1']);
    // From p1, the nearest column to the right is the regional initiatives; Down cycles to c5, then Right to q3.
    expect(path[2]).toBe('ri1');
    const rest = press('ri1', ['ArrowDown']);
    expect(rest).toEqual(['ri1']); // without a trail, Down stays within the column (ri1 is alone)
  });

  it('cycles through the siblings linked to the node it came from', () => {
    let at: string | null = 'p1';
    let trail: Trail = [];
    const step = (key: MapKey) => {
      const move = nextNode({ index, layout, visibleIds, from: at, trail, key });
      at = move.id;
      trail = move.trail;
      return at;
    };
    expect(step('ArrowRight')).toBe('ri1');
    expect(step('ArrowDown')).toBe('c5');
    expect(step('ArrowRight')).toBe('q3');
    // Back the way it came, exactly, and the sibling ring of that level still works.
    expect(step('ArrowLeft')).toBe('c5');
    expect(step('ArrowUp')).toBe('ri1');
    expect(step('ArrowLeft')).toBe('p1');
    // Now a fresh move to the left.
    expect(step('ArrowLeft')).toBe('tp1');
  });

  it('moves left from a programme to the thematic priority before the goal it skips to', () => {
    expect(press('p1', ['ArrowLeft'])).toEqual(['tp1']);
  });

  it('stays put where there is no link on that side', () => {
    expect(press('g1', ['ArrowLeft'])).toEqual(['g1']);
  });
});
