// @vitest-environment jsdom
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { TableView, VIRTUAL_ROWS_FROM } from './TableView';
import { syntheticDataset } from '../model/synthetic';
import { loadFixture } from '../../test/fixtures/load';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { indexDataset } from '../model/graph';

describe('TableView', () => {
  afterEach(cleanup);

  it('draws every row of a small table', () => {
    const d = loadFixture();
    render(<TableView dataset={d} visible={d} />);
    const table = screen.getByRole('table', { name: `${d.nodes.length} nodes` });
    expect(within(table).getAllByRole('row')).toHaveLength(d.nodes.length + 1);
  });

  it('says which columns the filters emptied, where the map shows a notice in the column’s slot', () => {
    const dataset = loadFixture();
    const visible = applyFilters(indexDataset(dataset), { ...NO_FILTERS, regions: ['Africa'] });
    render(<TableView dataset={dataset} visible={visible} />);
    const list = screen.getByRole('list', { name: 'Columns the filters emptied' });
    expect(within(list).getByRole('listitem').textContent).toBe('No regional initiatives for Africa in this dataset.');
    cleanup();
    render(<TableView dataset={dataset} visible={applyFilters(indexDataset(dataset), NO_FILTERS)} />);
    expect(screen.queryByRole('list', { name: 'Columns the filters emptied' })).toBeNull();
  });

  it('keeps only the rows in view in the page for a large table, and says how many there are', async () => {
    // jsdom lays nothing out: give the scrolling box the size of a window.
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    onTestFinished(() => {
      height.mockRestore();
      width.mockRestore();
    });
    const d = syntheticDataset({ nodes: 10_000, seed: 2 });
    expect(d.nodes.length).toBeGreaterThan(VIRTUAL_ROWS_FROM);
    const { container } = render(<TableView dataset={d} visible={d} />);
    const table = screen.getByRole('table', { name: '10000 nodes' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    await waitFor(() => expect(container.querySelectorAll('tbody tr[data-node-id]').length).toBeGreaterThan(0));
    const drawn = container.querySelectorAll('tbody tr[data-node-id]');
    expect(drawn.length).toBeLessThan(100);
    expect(container.querySelectorAll('*').length).toBeLessThan(5_000);
  });

  it('lists each row’s sources with their type, linking only to web addresses and keeping text as text', () => {
    const d = loadFixture();
    const hostile = '<img src=x onerror=alert(1)> Report';
    const dataset = {
      ...d,
      meta: {
        ...d.meta,
        sources: [
          ...d.meta.sources,
          {
            id: 'copy',
            title: 'Plan copy',
            symbol: 'Res. 1',
            type: 'copy' as const,
            readIn: 'https://copy.example/r1',
          },
          { id: 'news', title: hostile, url: 'https://news.example/a', type: 'secondary' as const },
          // Validation refuses such an address; the table must not make it a link even so.
          { id: 'script', title: 'Scripted', url: 'javascript:alert(1)' },
        ],
      },
      nodes: d.nodes.map((n) =>
        n.id === 'g1'
          ? { ...n, sources: [...n.sources, { source: 'copy' }, { source: 'news' }, { source: 'script' }] }
          : n,
      ),
    };
    render(<TableView dataset={dataset} visible={dataset} />);
    expect(screen.getByRole('columnheader', { name: 'Sources' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Universal connectivity/ });
    const list = within(row).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.source-tag')?.textContent)).toEqual([
      'authority',
      'copy',
      'secondary',
      'authority',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Fixture document' })).toHaveAttribute(
      'href',
      'https://example.org/doc',
    );
    expect(items[0]).toHaveTextContent(', p. 1');
    expect(within(items[1]!).getByRole('link', { name: 'read in a third-party copy' })).toHaveAttribute(
      'href',
      'https://copy.example/r1',
    );
    expect(items[1]).toHaveTextContent('Res. 1: Plan copy');
    expect(within(items[2]!).getByRole('link', { name: hostile })).toBeInTheDocument();
    expect(row.querySelector('img')).toBeNull();
    expect(items[3]).toHaveTextContent('Scripted');
    expect(within(items[3]!).queryByRole('link')).toBeNull();
  });
});
