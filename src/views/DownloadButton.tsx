import type { ReactNode } from 'react';
import { CSV_BOM } from '../export/csv';
import { downloadText } from './download';

export interface DownloadButtonProps {
  /** The file's name. */
  name: string;
  /** The file's text, made when the button is pressed. */
  text: () => string;
  /** `csv`: a CSV with the byte-order mark Excel needs to read UTF-8; `svg`: an SVG image. */
  format: 'csv' | 'svg';
  children: ReactNode;
}

const TYPES = { csv: 'text/csv;charset=utf-8', svg: 'image/svg+xml' } as const;

/** A button that saves what a view shows as a file (the coverage and matrix tables' exports). */
export function DownloadButton({ name, text, format, children }: DownloadButtonProps) {
  return (
    <button
      type="button"
      onClick={() => downloadText(format === 'csv' ? CSV_BOM + text() : text(), name, TYPES[format])}
    >
      {children}
    </button>
  );
}
