/**
 * A small dataset carried in a link: the JSON, compressed with lz-string into the URL fragment (`#data=…`), so a
 * colleague opens the same map and view without a file. Links are kept under `MAX_SHARE_CHARS` characters: longer
 * addresses are cut by mail programs and chat tools, and some browsers refuse them; above it the app offers the
 * dataset as a file instead and says why. The fragment never reaches a server.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Dataset } from '../model/schema';
import type { ValidationResult } from '../model/validate';
import { readDataset } from './readDataset';

/** Longest fragment written: about 8,000 characters (a dataset of roughly 60 nodes with their links and sources). */
export const MAX_SHARE_CHARS = 8000;
export const SHARE_KEY = 'data';

export type ShareEncoding = { ok: true; fragment: string } | { ok: false; length: number };

/** The `data=…` fragment for `dataset`, or how long it would be when too long. */
export function encodeShare(dataset: Dataset): ShareEncoding {
  const fragment = `${SHARE_KEY}=${compressToEncodedURIComponent(JSON.stringify(dataset))}`;
  return fragment.length <= MAX_SHARE_CHARS ? { ok: true, fragment } : { ok: false, length: fragment.length };
}

/** The compressed dataset in a fragment (`#data=…`, possibly among other `&`-separated keys), or null. */
export function shareData(hash: string): string | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of text.split('&')) if (part.startsWith(`${SHARE_KEY}=`)) return part.slice(SHARE_KEY.length + 1);
  return null;
}

/** Decodes and validates a shared dataset; a damaged link is reported like a bad file. */
export function decodeShare(data: string): ValidationResult {
  let text: string | null = null;
  try {
    text = data.length > 4 * MAX_SHARE_CHARS ? null : decompressFromEncodedURIComponent(data);
  } catch {
    text = null;
  }
  if (!text) {
    return {
      problems: [
        {
          severity: 'error',
          path: '(link)',
          message: 'the dataset in this link is damaged or cut short; ask for the file instead',
        },
      ],
    };
  }
  return readDataset(text);
}
