// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { loadFixture } from '../../test/fixtures/load';
import { layoutMap } from '../layout/layoutMap';
import { ExportDialog } from './ExportDialog';

const tiny = loadFixture();
const layout = layoutMap({ dataset: tiny });
const blobs: Blob[] = [];
const names: string[] = [];

beforeEach(() => {
  blobs.length = 0;
  names.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Harness({ summary = 'Period: 2024-2027' }: { summary?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Export…
      </button>
      <ExportDialog
        open={open}
        onClose={() => setOpen(false)}
        dataset={tiny}
        visible={tiny}
        layout={layout}
        focus={null}
        filterSummary={summary}
      />
    </>
  );
}

describe('ExportDialog', () => {
  it('opens as a labelled modal dialog with focus inside, and Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Export…' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Export map' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('radio', { name: /SVG/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 15; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('downloads an SVG built from the data with the chosen options', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('radio', { name: /Print/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Legend' }));
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(names).toEqual(['tiny-fixture.svg']);
    const svg = await (blobs[0] as Blob).text();
    expect(svg).toContain('<svg');
    expect(svg).toContain('Period: 2024-2027');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).not.toContain('class="legend"');
    for (const node of tiny.nodes) if (node.code) expect(svg).toContain(node.code);
  });

  it('offers nodes.csv and links.csv, and a JSON dataset', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('radio', { name: /CSV/ }));
    expect(screen.getByRole('group', { name: 'Drawing' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Download nodes.csv' }));
    await user.click(screen.getByRole('button', { name: 'Download links.csv' }));
    await user.click(screen.getByRole('radio', { name: /JSON/ }));
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(names).toEqual(['tiny-fixture-nodes.csv', 'tiny-fixture-links.csv', 'tiny-fixture.json']);
    // A UTF-8 byte order mark first, so that Excel reads Arabic and Chinese labels right.
    expect([...new Uint8Array(await (blobs[0] as Blob).arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await (blobs[0] as Blob).text()).toMatch(/^ID,Kind,/);
    expect(JSON.parse(await (blobs[2] as Blob).text()).nodes).toHaveLength(tiny.nodes.length);
  });
});
