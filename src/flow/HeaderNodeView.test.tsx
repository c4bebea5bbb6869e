// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { NodeProps } from '@xyflow/react';
import { HeaderNodeView } from './HeaderNodeView';
import type { HeaderFlowNode } from './toFlowElements';
import type { Kind } from '../model/schema';
import { GEOMETRY } from '../layout/types';

const kind = {
  id: 'area',
  singular: 'BDT thematic area',
  plural: 'BDT thematic areas',
  colour: '#7b3f9e',
  shape: 'rect',
  icon: 'layers',
} as unknown as Kind;

function renderHeader(title: string, count: number) {
  const props = {
    id: `header:${title}`,
    type: 'header',
    data: { column: { kind: 'area', title, x: 0, width: GEOMETRY.nodeWidth, count }, kind },
  } as unknown as NodeProps<HeaderFlowNode>;
  return render(<HeaderNodeView {...props} />);
}

afterEach(cleanup);

describe('HeaderNodeView', () => {
  it('shows the whole column name, on two lines where one is too narrow', () => {
    const { container } = renderHeader('BDT thematic areas', 10);
    const lines = [...container.querySelectorAll('.column-title-line')].map((l) => l.textContent);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('BDT thematic areas');
    expect(container.textContent).not.toContain('…');
    expect(screen.getByText('10')).toBeInTheDocument();
  });

  it('keeps a short name on one line', () => {
    const { container } = renderHeader('Strategic goals', 2);
    expect([...container.querySelectorAll('.column-title-line')].map((l) => l.textContent)).toEqual([
      'Strategic goals',
    ]);
  });

  it('gives the full name as a tooltip and to screen readers when a dataset kind is too long for two lines', () => {
    const long = 'Regional initiatives adopted by the World Telecommunication Development Conference, by region';
    const { container } = renderHeader(long, 3);
    expect(container.querySelector('.column-header')).toHaveAttribute('title', long);
    expect(screen.getByText(long)).toHaveClass('sr-only');
  });
});
