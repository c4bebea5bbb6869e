// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SavedView } from '../model/schema';
import { ViewsList, type ViewsListProps } from './ViewsList';

afterEach(cleanup);

const views: SavedView[] = [
  { id: 'a', name: 'Goal 2 in Africa', description: 'Start here', state: '?f=g2&v=1' },
  { id: 'b', name: '<b>Cyber</b>', state: '?q=cyber&v=1' },
];

function setup(overrides: Partial<ViewsListProps> = {}) {
  const props: ViewsListProps = {
    views,
    currentId: 'b',
    onOpen: vi.fn(),
    onRename: vi.fn(),
    onMove: vi.fn(),
    onUpdate: vi.fn(),
    onDelete: vi.fn(),
    ...overrides,
  };
  render(<ViewsList {...props} />);
  return props;
}

describe('ViewsList', () => {
  it('lists views in order with their notes, marks the current one, and keeps names as text', () => {
    setup();
    const items = within(screen.getByRole('list', { name: 'Saved views' })).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.views-name')?.textContent)).toEqual(['Goal 2 in Africa', '<b>Cyber</b>']);
    expect(items[0]).toHaveTextContent('Start here');
    expect(items[1]).toHaveAttribute('aria-current', 'true');
    expect(items[0]).not.toHaveAttribute('aria-current');
  });

  it('opens, updates, moves and deletes through named buttons; the ends cannot move further', async () => {
    const user = userEvent.setup();
    const props = setup();
    await user.click(screen.getByRole('button', { name: 'Open Goal 2 in Africa' }));
    expect(props.onOpen).toHaveBeenCalledWith(views[0]);
    await user.click(screen.getByRole('button', { name: 'Update Goal 2 in Africa to what is on screen' }));
    expect(props.onUpdate).toHaveBeenCalledWith(views[0]);
    expect(screen.getByRole('button', { name: 'Move Goal 2 in Africa up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move <b>Cyber</b> down' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move <b>Cyber</b> up' }));
    expect(props.onMove).toHaveBeenCalledWith(views[1], -1);
    await user.click(screen.getByRole('button', { name: 'Delete Goal 2 in Africa' }));
    expect(props.onDelete).toHaveBeenCalledWith(views[0]);
  });

  it('renames in place; Escape cancels, an empty name is not taken', async () => {
    const user = userEvent.setup();
    const props = setup();
    await user.click(screen.getByRole('button', { name: 'Rename Goal 2 in Africa' }));
    const input = screen.getByLabelText('New name for Goal 2 in Africa');
    await user.clear(input);
    await user.type(input, 'Africa, goal 2{Enter}');
    expect(props.onRename).toHaveBeenCalledWith(views[0], 'Africa, goal 2');
    await user.click(screen.getByRole('button', { name: 'Rename <b>Cyber</b>' }));
    await user.clear(screen.getByLabelText('New name for <b>Cyber</b>'));
    await user.keyboard('{Enter}');
    expect(props.onRename).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Rename <b>Cyber</b>' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('New name for <b>Cyber</b>')).toBeNull();
  });

  it('says how to save a first view when there is none', () => {
    setup({ views: [] });
    expect(screen.getByText(/No saved views yet/)).toBeInTheDocument();
  });
});
