// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFixture } from '../../test/fixtures/load';
import { NO_FILTERS } from '../model/filters';
import { initialAppState, useAppStore } from '../store/store';
import { selectVisible } from '../store/selectors';
import { CoverageView } from './CoverageView';

const state = () => useAppStore.getState();
const dataset = loadFixture('containers.json');

function Coverage() {
  const visible = useAppStore(selectVisible);
  return <CoverageView dataset={state().dataset!} visible={visible} />;
}

/** The rows as read: the row's name and its "All" count. */
function rows(): [string, string][] {
  const body = screen.getAllByRole('rowgroup')[1]!;
  return within(body)
    .getAllByRole('row')
    .map((r) => [
      within(r).getByRole('rowheader').querySelector('button')!.textContent ?? '',
      r.lastElementChild?.textContent ?? '',
    ]);
}

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  state().openDataset(dataset);
  useAppStore.setState({ filters: NO_FILTERS });
});
afterEach(cleanup);

describe('CoverageView', () => {
  it('lists the programmes by default, each with its contributors per column', () => {
    render(<Coverage />);
    expect(screen.getByRole('combobox', { name: 'Column' })).toHaveValue('programme');
    expect(screen.getByTestId('coverage-summary')).toHaveTextContent(
      'Every one of the 2 WTDC programmes in view has at least one contributor.',
    );
    // Affordable connectivity: a priority and an initiative (official), an action line (proposed), no Question.
    const p1 = screen.getByRole('row', { name: /Affordable connectivity/ });
    expect(within(p1).getAllByRole('cell', { name: /^1: / })).toHaveLength(3);
    expect(within(p1).getByRole('cell', { name: 'no study Questions' })).toHaveClass('zero');
    expect(rows()).toEqual([
      ['Affordable connectivity', '3'],
      ['Inclusive and secure telecommunications/ICTs', '4'],
    ]);
  });

  it('calls a container with only members a gap: belonging is grouping, not contribution', async () => {
    const user = userEvent.setup();
    render(<Coverage />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column' }), 'Action plans');
    expect(state().coverageKind).toBe('action-plan');
    // Six items belong to the Kigali Action Plan; none contributes to it.
    expect(screen.getByTestId('coverage-summary')).toHaveTextContent(
      '1 of 1 action plans in view have no contributor (gaps): Kigali Action Plan.',
    );
    const row = screen.getByRole('row', { name: /Kigali Action Plan/ });
    expect(row).toHaveClass('is-gap');
    expect(within(row).getByText('gap')).toBeInTheDocument();
    expect(rows()).toEqual([['Kigali Action Plan', '0']]);
  });

  it('counts through the chain when asked, sorts by any column both ways, and keeps the choice in the store', async () => {
    const user = userEvent.setup();
    render(<Coverage />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column' }), 'Goals');
    // Directly: the action plan and one programme serve each goal.
    expect(rows()).toEqual([
      ['Goal 1 — Universal connectivity', '2'],
      ['Goal 2 — Sustainable digital transformation', '2'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Through the chain' }));
    expect(state().coverageReach).toBe('chain');
    expect(screen.getByRole('button', { name: 'Through the chain' })).toHaveAttribute('aria-pressed', 'true');
    const [g1, g2] = rows().map(([, n]) => Number(n));
    // Along the chain, the priorities, initiatives, action lines and Questions below reach the goals too.
    expect(g1).toBeGreaterThan(2);
    expect(g2).toBeGreaterThan(2);

    const all = screen.getByRole('columnheader', { name: /^All/ });
    await user.click(within(all).getByRole('button'));
    expect(all).toHaveAttribute('aria-sort', 'ascending');
    const ascending = rows().map(([, n]) => Number(n));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await user.click(within(all).getByRole('button'));
    expect(all).toHaveAttribute('aria-sort', 'descending');
    const descending = rows().map(([, n]) => Number(n));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(state().coverageSort).toEqual({ by: 'total' });
    expect(state().coverageDescending).toBe(true);

    const name = screen.getByRole('columnheader', { name: /^Goal/ });
    await user.click(within(name).getByRole('button'));
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(all).toHaveAttribute('aria-sort', 'none');
    expect(rows().map(([n]) => n)).toEqual([
      'Goal 1 — Universal connectivity',
      'Goal 2 — Sustainable digital transformation',
    ]);
  });

  it('shows a row\u2019s chain on the map when its name is clicked', async () => {
    const user = userEvent.setup();
    state().setViewMode('coverage');
    render(<Coverage />);
    await user.click(screen.getByRole('button', { name: 'Inclusive and secure telecommunications/ICTs' }));
    expect(state().focusId).toBe('p5');
    expect(state().viewMode).toBe('map');
  });
});
