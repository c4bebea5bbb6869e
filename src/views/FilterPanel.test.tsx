// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFixture } from '../../test/fixtures/load';
import { initialAppState, useAppStore } from '../store/store';
import { FilterPanel } from './FilterPanel';

const state = () => useAppStore.getState();
const summary = () => screen.getByText(/nodes shown$/);

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  const tiny = loadFixture();
  // Every node in one period, whatever today's date, so the defaults show all seven.
  tiny.nodes = tiny.nodes.map((n) => ({ ...n, periods: ['2024-2027'] }));
  state().openDataset(tiny);
});
afterEach(cleanup);

describe('FilterPanel', () => {
  it('shows each option with the number of nodes it keeps', () => {
    render(<FilterPanel />);
    const columns = screen.getByRole('group', { name: 'Columns' });
    const boxes = within(columns).getAllByRole('checkbox');
    expect(boxes).toHaveLength(6);
    for (const box of boxes) expect(box).toBeChecked();
    expect(within(columns).getByRole('checkbox', { name: 'Goals (2)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Arab States (1)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Proposed (5)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Low (0)' })).toBeChecked();
    expect(summary()).toHaveTextContent('7 of 7 nodes shown');
  });

  it('narrows the map when options are unticked, updates the other counts, and resets in one click', async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Arab States (1)' }));
    expect(state().filters.regions).toEqual([]);
    expect(summary()).toHaveTextContent('6 of 7 nodes shown');
    // The count of an option does not depend on whether it is ticked.
    expect(screen.getByRole('checkbox', { name: 'Arab States (1)' })).not.toBeChecked();
    // Other filters' counts now leave the regional initiative out.
    expect(screen.getByRole('checkbox', { name: 'Regional initiatives (0)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Medium (2)' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'High (4)' }));
    expect(summary()).toHaveTextContent('2 of 7 nodes shown');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(summary()).toHaveTextContent('7 of 7 nodes shown');
    expect(screen.getByRole('checkbox', { name: 'Arab States (1)' })).toBeChecked();
  });

  it('keeps only what connects to the scope nodes, each removable', async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    const picker = screen.getByRole('combobox', { name: 'Add a node to the scope' });
    await user.type(picker, 'arb1');
    expect(screen.getByRole('listbox', { name: 'Nodes to add' })).toBeVisible();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(state().filters.scope).toEqual(['ri1']);
    expect(picker).toHaveValue('');
    expect(summary()).toHaveTextContent('5 of 7 nodes shown');

    await user.type(picker, 'goal 2');
    await user.click(screen.getByRole('option', { name: /Goal 2/ }));
    expect(state().filters.scope).toEqual(['ri1', 'g2']);
    // The union of both nodes' chains.
    expect(summary()).toHaveTextContent('7 of 7 nodes shown');

    await user.click(screen.getByRole('button', { name: 'Remove ARB1 — Arab regional initiative from scope' }));
    expect(state().filters.scope).toEqual(['g2']);
    expect(summary()).toHaveTextContent('6 of 7 nodes shown');
    await user.click(
      screen.getByRole('button', { name: 'Remove Goal 2 — Sustainable digital transformation from scope' }),
    );
    expect(summary()).toHaveTextContent('7 of 7 nodes shown');
  });

  it('hides nodes left without links, saying beforehand how many that is', async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    expect(screen.getByRole('checkbox', { name: 'Hide nodes left without links (0)' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Proposed (5)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Derived (2)' }));
    expect(summary()).toHaveTextContent('7 of 7 nodes shown');
    const toggle = screen.getByRole('checkbox', { name: 'Hide nodes left without links (5)' });
    await user.click(toggle);
    expect(summary()).toHaveTextContent('2 of 7 nodes shown');
    // The count still says what the toggle hides while it is on.
    expect(screen.getByRole('checkbox', { name: 'Hide nodes left without links (5)' })).toBeChecked();
  });

  it('offers as scope only nodes the other filters keep', async () => {
    const user = userEvent.setup();
    state().setFilters({ confidences: ['high'] });
    render(<FilterPanel />);
    const picker = screen.getByRole('combobox', { name: 'Add a node to the scope' });
    await user.type(picker, 'arb1');
    expect(screen.queryByRole('option')).toBeNull();
    await user.clear(picker);
    await user.type(picker, 'goal');
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });
});
