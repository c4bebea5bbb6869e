// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditForm, SourcesField } from './EditForm';

afterEach(cleanup);

describe('EditForm', () => {
  it('offers the edit only without problems, then runs it and closes', async () => {
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    const { rerender } = render(
      <EditForm errors={['code: must not be empty']} onSubmit={onSubmit} onClose={onClose} submitLabel="Add">
        <input aria-label="Code" />
      </EditForm>,
    );
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(screen.getByTestId('form-errors')).toHaveTextContent('code: must not be empty');
    rerender(
      <EditForm errors={[]} onSubmit={onSubmit} onClose={onClose} submitLabel="Add">
        <input aria-label="Code" />
      </EditForm>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('suggests the dataset’s source ids in the sources field', async () => {
    const onChange = vi.fn();
    const { container } = render(<SourcesField value="" onChange={onChange} sourceIds={['sp24', 'wtdc22']} />);
    const input = screen.getByRole('combobox', { name: 'Sources' });
    const list = container.querySelector(`datalist#${CSS.escape(input.getAttribute('list') ?? '')}`);
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))).toEqual([
      'sp24',
      'wtdc22',
    ]);
    await userEvent.type(input, 'x');
    expect(onChange).toHaveBeenCalledWith('x');
  });
});
