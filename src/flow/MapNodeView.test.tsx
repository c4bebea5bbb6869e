// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { NodeProps } from '@xyflow/react';
import { ReactFlowProvider } from '@xyflow/react';
import { loadFixture } from '../../test/fixtures/load';
import { layoutMap } from '../layout/layoutMap';
import { initialAppState, useAppStore } from '../store/store';
import type { Dataset } from '../model/schema';
import { MapNodeView } from './MapNodeView';
import type { MapFlowNode } from './toFlowElements';
import { VisibleContext } from './emphasis';

const tiny: Dataset = loadFixture();
const today = new Date('2026-06-01T12:00:00');

/** Renders the map's nodes for `dataset` as React Flow would, with the store holding it. */
function renderNodes(dataset: Dataset) {
  useAppStore.getState().openDataset(dataset);
  const layout = layoutMap({ dataset, today });
  const kinds = new Map(dataset.kinds.map((k) => [k.id, k]));
  return render(
    <ReactFlowProvider>
      <VisibleContext.Provider value={dataset}>
        {dataset.nodes.map((node) => {
          const props = {
            id: node.id,
            type: 'map',
            data: { node, box: layout.boxes.get(node.id)!, kind: kinds.get(node.kind)! },
          } as unknown as NodeProps<MapFlowNode>;
          return <MapNodeView key={node.id} {...props} />;
        })}
      </VisibleContext.Provider>
    </ReactFlowProvider>,
  );
}

const nodeEl = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;

beforeEach(() => useAppStore.setState(initialAppState, true));
afterEach(cleanup);

describe('MapNodeView', () => {
  it('names each node by kind, code and title, and shows its code, period and confidence', () => {
    renderNodes(tiny);
    const ri = screen.getByRole('button', { name: 'Regional initiative ARB1: Arab regional initiative' });
    expect(ri.querySelector('.mnode-code')).toHaveTextContent('ARB1');
    expect(ri).toHaveTextContent(/confidence (high|medium|low)/);
    const ri1 = tiny.nodes.find((n) => n.id === 'ri1')!;
    expect(ri.querySelector('.mnode-period')).toHaveAttribute('title', ri1.periods.join(', '));
    // A node without a code is named by its title alone, with no empty badge.
    const tp = screen.getByRole('button', { name: 'Thematic priority Cybersecurity' });
    expect(tp.querySelector('.mnode-code')).toBeNull();
  });

  it('marks a gap as one, in words and in style', () => {
    renderNodes(tiny);
    const q = nodeEl('q3');
    expect(q).toHaveClass('mnode-gap');
    expect(q.getAttribute('aria-label')).toMatch(/^Study Question Q3\/2: title not yet sourced/i);
    expect(q.querySelector('.mnode-label')).toHaveTextContent(/title not yet sourced/i);
  });

  it('keeps hostile labels as text', () => {
    const hostile = structuredClone(tiny);
    hostile.nodes[0]!.label = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    renderNodes(hostile);
    const g1 = nodeEl('g1');
    expect(g1.querySelector('img, b')).toBeNull();
    expect(g1.querySelector('.mnode-tip')).toHaveTextContent('<img src=x onerror="alert(1)"> & <b>bold</b>');
    expect(g1.getAttribute('aria-label')).toContain('<img src=x onerror="alert(1)">');
  });

  it('shows the focused node, its chains and the rest faded, and marks search matches', () => {
    renderNodes(tiny);
    act(() => useAppStore.getState().setFocus('g2'));
    expect(nodeEl('g2')).toHaveAttribute('aria-current', 'true');
    expect(nodeEl('g2')).toHaveClass('mnode-focus');
    // g2 <- tp1 <- p1 <- ri1: upstream of the goal is its chain; the other goal is not.
    for (const id of ['tp1', 'p1', 'ri1']) expect(nodeEl(id)).toHaveClass('mnode-chain');
    expect(nodeEl('g1')).toHaveClass('mnode-faded');
    expect(nodeEl('g1')).not.toHaveAttribute('aria-current');
    act(() => useAppStore.getState().setSearch('arab'));
    expect(nodeEl('ri1')).toHaveClass('mnode-match');
    expect(nodeEl('c5')).not.toHaveClass('mnode-match');
  });
});
