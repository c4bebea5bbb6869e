// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFixture } from '../../test/fixtures/load';
import { initialAppState, useAppStore } from '../store/store';
import { selectSearchMatches } from '../store/selectors';
import { SearchBox } from './SearchBox';

const state = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
  state().openDataset(loadFixture());
});
afterEach(cleanup);

describe('SearchBox', () => {
  it('lists matches with kind badges and codes, best first, and marks them on the map', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: 'Search the map' }), 'secur');
    const options = within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      // "secure" and "security" both start a word: dataset order breaks the tie; "Cybersecurity" only contains it.
      'WTDC programmeInclusive and secure telecommunications/ICTs',
      'WSIS action lineC5Building confidence and security in the use of ICTs',
      'Thematic priorityCybersecurity',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('3 nodes match');
    expect([...selectSearchMatches(state())].sort()).toEqual(['c5', 'p1', 'tp1']);
  });

  it('moves through results with the arrow keys and focuses one on the map with Enter', async () => {
    const user = userEvent.setup();
    state().setViewMode('table');
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search the map' });
    await user.type(box, 'secur');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = screen.getByRole('option', { selected: true });
    expect(active).toHaveTextContent('Building confidence and security');
    expect(box).toHaveAttribute('aria-activedescendant', active.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Cybersecurity');
    await user.keyboard('{Enter}');
    expect(state().focusId).toBe('tp1');
    expect(state().viewMode).toBe('map');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    // The text stays, so the matches stay marked.
    expect(box).toHaveValue('secur');
  });

  it('focuses the best match on Enter, finds codes and gaps', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: 'Search the map' }), 'q3/2');
    expect(screen.getByRole('option')).toHaveTextContent('Study QuestionQ3/2title not yet sourced');
    await user.keyboard('{Enter}');
    expect(state().focusId).toBe('q3');
  });

  it('focuses a clicked result', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: 'Search the map' }), 'goal');
    await user.click(screen.getByRole('option', { name: /Goal 2/ }));
    expect(state().focusId).toBe('g2');
  });

  it('says when nothing matches, and Escape closes then clears', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search the map' });
    await user.type(box, 'xyz');
    expect(screen.getByText('No node matches “xyz”')).toBeVisible();
    expect(screen.queryByRole('option')).toBeNull();
    await user.clear(box);
    await user.type(box, 'goal');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(selectSearchMatches(state()).size).toBe(0);
  });

  it('offers only nodes on the map and counts the ones the filters hide', async () => {
    const user = userEvent.setup();
    state().setFilters({ kinds: ['goal', 'programme', 'thematic-priority'] });
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search the map' });
    await user.type(box, 'q3/2');
    expect(screen.getByText('No node on the map matches “q3/2” (1 hidden by the filters)')).toBeVisible();
    await user.keyboard('{Enter}');
    expect(state().focusId).toBeNull();
    await user.clear(box);
    await user.type(box, 'secur');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'WTDC programmeInclusive and secure telecommunications/ICTs',
      'Thematic priorityCybersecurity',
    ]);
    expect(screen.getByText('1 hidden by the filters')).toBeVisible();
  });
});
