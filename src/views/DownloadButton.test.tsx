// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DownloadButton } from './DownloadButton';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The blob and file name the button saved. */
function captureDownload() {
  const saved: { blob?: Blob; name?: string } = {};
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.blob = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.name = this.download;
  });
  return saved;
}

describe('DownloadButton', () => {
  it('saves a CSV with the byte-order mark Excel needs, under its name', async () => {
    const saved = captureDownload();
    render(
      <DownloadButton format="csv" name="coverage-programme.csv" text={() => 'a,b\n1,2\n'}>
        Export CSV
      </DownloadButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(saved.name).toBe('coverage-programme.csv');
    expect(saved.blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved.blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('a,b\n1,2\n');
  });

  it('saves an SVG as it is, made only when pressed', async () => {
    const saved = captureDownload();
    const text = vi.fn(() => '<svg/>');
    render(
      <DownloadButton format="svg" name="matrix.svg" text={text}>
        Export SVG
      </DownloadButton>,
    );
    expect(text).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
    expect(saved.blob?.type).toBe('image/svg+xml');
    expect(await saved.blob!.text()).toBe('<svg/>');
  });
});
