// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFixture } from '../../test/fixtures/load';
import { NO_FILTERS } from '../model/filters';
import { initialAppState, useAppStore } from '../store/store';
import { MatrixView } from './MatrixView';

const state = () => useAppStore.getState();
const dataset = loadFixture('containers.json');

/** The grid cell that has the keyboard focus, as "row:column". */
const active = () => document.activeElement?.getAttribute('data-cell');
const at = async (cell: string) => waitFor(() => expect(active()).toBe(cell));

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  state().openDataset(dataset);
  useAppStore.setState({ filters: NO_FILTERS });
  // Study Questions × WTDC programmes: Q3/2 contributes to one directly, Q1/1 reaches one through C2.
  state().setMatrixKinds({ rows: 'study-question', columns: 'programme' });
  state().setViewMode('matrix');
});
afterEach(cleanup);

describe('MatrixView', () => {
  it('shows direct links and connections through the chain, with counts', async () => {
    render(<MatrixView dataset={dataset} />);
    expect(screen.getByRole('heading', { name: 'Matrix: Study Questions × WTDC programmes' })).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Matrix: Study Questions × WTDC programmes' });
    const cell = (r: number, c: number) => grid.querySelector(`[data-cell="${r}:${c}"]`)!;
    expect(cell(1, 1).getAttribute('aria-label')).toMatch(/^Q3\/2 — .* × Inclusive and secure .*: official$/);
    expect(cell(0, 0).getAttribute('aria-label')).toMatch(/^Q1\/1 — .* × Affordable connectivity: .*chain/);
    expect(cell(0, 1).getAttribute('aria-label')).toMatch(/: no link$/);
    expect(screen.getByTestId('matrix-summary')).toHaveTextContent(
      '2 Study Questions × 2 WTDC programmes: 1 direct links (0 of low confidence), 1 more through the chain.',
    );
    // Without the chain, only the direct link is left.
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Show connections through the chain' }));
    expect(state().matrixThroughChain).toBe(false);
    expect(cell(0, 0).getAttribute('aria-label')).toMatch(/: no link$/);
    expect(cell(1, 1).getAttribute('aria-label')).toMatch(/: official$/);
  });

  it('is one tab stop moved by arrows, Home and End (with Ctrl: the corners), and stops at the edges', async () => {
    const user = userEvent.setup();
    render(<MatrixView dataset={dataset} />);
    const grid = screen.getByRole('grid');
    const tabbable = within(grid)
      .getAllByRole('gridcell')
      .filter((c) => c.tabIndex === 0);
    expect(tabbable.map((c) => c.getAttribute('data-cell'))).toEqual(['0:0']);

    await user.click(screen.getByRole('checkbox', { name: 'Show connections through the chain' }));
    (grid.querySelector('[data-cell="0:0"]') as HTMLElement).focus();
    await user.keyboard('{ArrowRight}');
    await at('0:1');
    await user.keyboard('{ArrowRight}');
    await at('0:1');
    await user.keyboard('{ArrowDown}');
    await at('1:1');
    await user.keyboard('{ArrowDown}');
    await at('1:1');
    await user.keyboard('{Home}');
    await at('1:0');
    await user.keyboard('{End}');
    await at('1:1');
    await user.keyboard('{Control>}{Home}{/Control}');
    await at('0:0');
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    await at('0:0');
    await user.keyboard('{Control>}{End}{/Control}');
    await at('1:1');
    // The roving tab stop follows the focus.
    expect(grid.querySelector('[data-cell="1:1"]')).toHaveAttribute('tabindex', '0');
    expect(grid.querySelector('[data-cell="0:0"]')).toHaveAttribute('tabindex', '-1');
  });

  it("focuses the row's chain on the map with Enter, or a click", async () => {
    const user = userEvent.setup();
    render(<MatrixView dataset={dataset} />);
    const grid = screen.getByRole('grid');
    (grid.querySelector('[data-cell="0:0"]') as HTMLElement).focus();
    await user.keyboard('{ArrowDown}');
    await at('1:0');
    await user.keyboard('{Enter}');
    expect(state().focusId).toBe('q3');
    expect(state().viewMode).toBe('map');

    state().setViewMode('matrix');
    await user.click(grid.querySelector('[data-cell="0:1"]') as HTMLElement);
    expect(state().focusId).toBe('q1');
    expect(state().viewMode).toBe('map');
  });

  it('offers any two kinds as rows and columns, kept in the store', async () => {
    const user = userEvent.setup();
    render(<MatrixView dataset={dataset} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows' }), 'WSIS action lines');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Columns' }), 'Goals');
    expect(state().matrixRows).toBe('wsis-action-line');
    expect(state().matrixColumns).toBe('goal');
    expect(screen.getByRole('heading', { name: 'Matrix: WSIS action lines × Goals' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('grid'))
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'C2 Information and communication infrastructure',
      'C5 Building confidence and security in the use of ICTs',
      'Σ direct',
    ]);
  });
});
