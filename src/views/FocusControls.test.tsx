// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFixture } from '../../test/fixtures/load';
import { NO_FILTERS } from '../model/filters';
import { initialAppState, useAppStore } from '../store/store';
import { selectIndex, selectVisible } from '../store/selectors';
import { focusChains } from '../store/focus';
import { FocusControls } from './FocusControls';

const state = () => useAppStore.getState();

/** The nodes lit on the map: the focused node's chains as the map computes them, sorted. */
function lit(): string[] {
  const s = state();
  const chains = focusChains(selectIndex(s)!, s.focusId, selectVisible(s), s.chainOptions);
  return [...(chains?.nodes ?? [])].sort();
}

const pressed = (name: string) => screen.getByRole('button', { name, pressed: true });

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  state().openDataset(loadFixture());
  useAppStore.setState({ filters: NO_FILTERS });
});
afterEach(cleanup);

describe('FocusControls', () => {
  it('sets the direction and depth of the focus in the store, and the map lights what they reach', async () => {
    const user = userEvent.setup();
    state().setFocus('p1');
    render(<FocusControls focusName="WTDC programme p1" />);
    expect(screen.getByRole('group', { name: 'How to follow the links of WTDC programme p1' })).toBeInTheDocument();
    // Both ways, every step: the programme, what it serves and what serves it.
    expect(pressed('Both')).toBeInTheDocument();
    expect(pressed('All')).toBeInTheDocument();
    expect(lit()).toEqual(['c5', 'g1', 'g2', 'p1', 'q3', 'ri1', 'tp1']);

    await user.click(screen.getByRole('button', { name: 'What it delivers' }));
    expect(state().chainOptions.direction).toBe('up');
    expect(pressed('What it delivers')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Both' })).toHaveAttribute('aria-pressed', 'false');
    expect(lit()).toEqual(['g1', 'g2', 'p1', 'tp1']);

    await user.click(screen.getByRole('button', { name: 'What delivers it' }));
    expect(lit()).toEqual(['c5', 'p1', 'q3', 'ri1']);

    const depth = screen.getByRole('group', { name: 'Depth' });
    await user.click(within(depth).getByRole('button', { name: 'Direct' }));
    expect(state().chainOptions.depth).toBe(1);
    expect(pressed('Direct')).toBeInTheDocument();
    // Q3/2 serves the programme through C5: two steps away.
    expect(lit()).toEqual(['c5', 'p1', 'ri1']);
    await user.click(within(depth).getByRole('button', { name: '2 steps' }));
    expect(lit()).toEqual(['c5', 'p1', 'q3', 'ri1']);
    await user.click(within(depth).getByRole('button', { name: 'All' }));
    expect(state().chainOptions.depth).toBe(Infinity);
  });

  it('shows the related items (what else serves the same things) and goes back to the chain', async () => {
    const user = userEvent.setup();
    state().setFocus('c5');
    render(<FocusControls focusName="C5" />);
    await user.click(screen.getByRole('button', { name: 'What it delivers' }));
    // What C5 delivers: the programme and what the programme serves; not the initiative beside it.
    expect(lit()).not.toContain('ri1');

    await user.click(screen.getByRole('button', { name: 'Related' }));
    expect(state().chainOptions.mode).toBe('related');
    expect(pressed('Related')).toBeInTheDocument();
    // No direction is pressed while related items are shown.
    for (const name of ['What it delivers', 'What delivers it', 'Both'])
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    // ARB1 also implements the programme C5 serves: a sibling.
    expect(lit()).toContain('ri1');
    expect(lit()).toContain('p1');

    await user.click(screen.getByRole('button', { name: 'Both' }));
    expect(state().chainOptions).toMatchObject({ mode: 'chain', direction: 'both' });
    expect(screen.getByRole('button', { name: 'Related' })).toHaveAttribute('aria-pressed', 'false');
  });
});
