// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFixture } from '../../test/fixtures/load';
import { DetailPanel } from './DetailPanel';
import { TableView } from './TableView';
import { initialAppState, useAppStore } from '../store/store';
import type { Dataset } from '../model/schema';

const tiny: Dataset = loadFixture();
const all = new Set(tiny.nodes.map((n) => n.id));

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  useAppStore.getState().openDataset(tiny);
});
afterEach(cleanup);

describe('DetailPanel', () => {
  it('shows nothing without a focus', () => {
    const { container } = render(<DetailPanel dataset={tiny} visibleIds={all} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the focused node with its sources and links grouped by kind', () => {
    useAppStore.getState().setFocus('p1');
    render(<DetailPanel dataset={tiny} visibleIds={all} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Inclusive and secure telecommunications/ICTs');
    expect(screen.getByRole('link', { name: 'Fixture document' })).toHaveAttribute('href', 'https://example.org/doc');
    const goals = screen.getByRole('region', { name: 'Goals' });
    expect(within(goals).getByRole('button')).toHaveTextContent('Goal 1Universal connectivity');
    expect(screen.getByRole('region', { name: 'Regional initiatives' })).toHaveTextContent('ARB1');
    expect(screen.getByRole('region', { name: 'WSIS action lines' })).toHaveTextContent('C5');
  });

  it('names the ITU document a copy copies and marks copies and news as what they are', () => {
    const typed: Dataset = {
      ...tiny,
      meta: {
        ...tiny.meta,
        sources: [
          ...tiny.meta.sources,
          {
            id: 'copy',
            type: 'copy',
            symbol: 'C23/9',
            title: 'Report on the implementation of the strategic plan',
            readIn: 'https://copies.example/doc123',
          },
          { id: 'news', type: 'secondary', title: 'Conference adopts the plan', url: 'https://news.example/a' },
        ],
      },
      nodes: tiny.nodes.map((n) =>
        n.id === 'p1' ? { ...n, sources: [...n.sources, { source: 'copy' }, { source: 'news' }] } : n,
      ),
    };
    useAppStore.getState().openDataset(typed);
    useAppStore.getState().setFocus('p1');
    render(<DetailPanel dataset={typed} visibleIds={all} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    // The copy is cited as the ITU document; its address is offered only as where it was read, never as the title.
    expect(items).toContain('C23/9: Report on the implementation of the strategic plan (read in a third-party copy)');
    expect(screen.queryByRole('link', { name: /C23\/9/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'read in a third-party copy' })).toHaveAttribute(
      'href',
      'https://copies.example/doc123',
    );
    expect(items).toContain('Conference adopts the plan (secondary report, not the ITU document)');
  });

  it('moves the focus when a linked node is chosen, and clears it', async () => {
    useAppStore.getState().setFocus('p1');
    render(<DetailPanel dataset={tiny} visibleIds={all} />);
    await userEvent.click(screen.getByRole('button', { name: /ARB1/ }));
    expect(useAppStore.getState().focusId).toBe('ri1');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('ARB1Arab regional initiative');
    await userEvent.click(screen.getByRole('button', { name: 'Clear focus (Escape)' }));
    expect(useAppStore.getState().focusId).toBeNull();
  });

  it('shows a gap as a gap', () => {
    useAppStore.getState().setFocus('q3');
    render(<DetailPanel dataset={tiny} visibleIds={all} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Q3/2title not yet sourced');
  });

  it('keeps hostile labels as text', () => {
    const hostile = structuredClone(tiny);
    hostile.nodes[0]!.label = '<img src=x onerror=alert(1)>';
    useAppStore.getState().openDataset(hostile);
    useAppStore.getState().setFocus('g1');
    const { container } = render(<DetailPanel dataset={hostile} visibleIds={all} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
});

describe('TableView', () => {
  const visible = { nodes: tiny.nodes, links: tiny.links };

  it('lists every visible node with its links grouped by kind', () => {
    render(<TableView dataset={tiny} visible={visible} />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(tiny.nodes.length + 1);
    const c5 = rows.find((r) => r.children[1]?.textContent === 'C5')!;
    expect(c5).toHaveTextContent('WTDC programmes: Inclusive and secure telecommunications/ICTs');
    expect(c5).toHaveTextContent('Study Questions: Q3/2');
  });

  it('sorts by a column and reverses on a second click', async () => {
    render(<TableView dataset={tiny} visible={visible} />);
    await userEvent.click(screen.getByRole('button', { name: 'Code' }));
    const codes = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.children[1]?.textContent);
    expect(codes().filter(Boolean)).toEqual(['ARB1', 'C5', 'Goal 1', 'Goal 2', 'Q3/2']);
    expect(screen.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: /Code/ }));
    expect(codes().filter(Boolean)).toEqual(['Q3/2', 'Goal 2', 'Goal 1', 'C5', 'ARB1']);
  });

  it('focuses the node of a selected row', async () => {
    render(<TableView dataset={tiny} visible={visible} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cybersecurity' }));
    expect(useAppStore.getState().focusId).toBe('tp1');
    expect(screen.getByRole('button', { name: 'Cybersecurity' })).toHaveAttribute('aria-pressed', 'true');
  });
});
