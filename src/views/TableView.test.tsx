// @vitest-environment jsdom
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { TableView, VIRTUAL_ROWS_FROM } from './TableView';
import { syntheticDataset } from '../model/synthetic';
import { loadFixture } from '../../test/fixtures/load';

describe('TableView', () => {
  afterEach(cleanup);

  it('draws every row of a small table', () => {
    const d = loadFixture();
    render(<TableView dataset={d} visible={d} />);
    const table = screen.getByRole('table', { name: `${d.nodes.length} nodes` });
    expect(within(table).getAllByRole('row')).toHaveLength(d.nodes.length + 1);
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
});
