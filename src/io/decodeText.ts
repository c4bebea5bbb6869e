/**
 * Strict decoding of a text file's bytes: nothing is guessed and no byte is silently replaced. Accepted: UTF-8
 * with or without a byte-order mark, and UTF-16 (little- or big-endian) *with* a byte-order mark, as Windows tools
 * save "Unicode" text. Refused, saying what was found and where: bytes that are not valid UTF-8 (a Latin-1 or
 * Windows-1252 file, say), UTF-16 without a byte-order mark, UTF-32, and unpaired UTF-16 surrogates.
 */
import { locate } from './parseJson';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' }
  | { ok: false; message: string; offset: number; line?: number; column?: number };

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Decodes `bytes` as described above. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return refuse('the file is UTF-32 (big-endian)', 0);
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return refuse('the file is UTF-32 (little-endian)', 0);
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes, 'UTF-16LE');
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes, 'UTF-16BE');
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom));
  } catch {
    text = undefined;
  }
  const nul = text?.indexOf('\0') ?? -1;
  if (text !== undefined && nul === -1) return { ok: true, text, encoding: 'UTF-8' };
  const bad =
    text !== undefined ? bom + new TextEncoder().encode(text.slice(0, nul)).length : firstInvalidUtf8(bytes, bom);
  // Where the file broke, as a position in the text read so far (which is valid UTF-8).
  const before = new TextDecoder('utf-8').decode(bytes.subarray(bom, bad));
  const where = locate(before, before.length);
  if (bom === 0 && looksLikeUtf16(bytes)) {
    return refuse('the file looks like UTF-16 without a byte-order mark: save it as UTF-8', 0);
  }
  if (bytes[bad] === 0x00) return refuse(`a NUL byte (0x00) at byte ${bad}: this is not a text file`, bad, where);
  const latin1 = bytes[bad] !== undefined && bytes[bad] >= 0x80 ? latin1Char(bytes[bad]) : '';
  return refuse(
    `byte ${hex(bytes[bad] ?? 0)} at byte ${bad} is not valid UTF-8${latin1}; save the file as UTF-8`,
    bad,
    where,
  );
}

function refuse(message: string, offset: number, where?: { line: number; column: number }): DecodeResult {
  return { ok: false, message: `not UTF-8 text: ${message}`, offset, ...where };
}

/** " (in Latin-1 it would be "é": the file is probably Latin-1 or Windows-1252)" for a byte that is a letter there. */
function latin1Char(byte: number): string {
  if (byte < 0xa0) return ' (the file is probably Windows-1252 or another legacy encoding)';
  return ` (in Latin-1 it would be "${String.fromCharCode(byte)}": the file is probably Latin-1 or Windows-1252)`;
}

/** Most odd or even bytes are zero in the first kilobyte: ASCII text saved as UTF-16 without its mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return Math.max(even, odd) > n / 4;
}

function utf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodeResult {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    return refuse(`the file is ${encoding} but ends in half a character (byte ${bytes.length - 1})`, bytes.length - 1);
  }
  const little = encoding === 'UTF-16LE';
  const unit = (i: number) =>
    little ? (body[i] ?? 0) | ((body[i + 1] ?? 0) << 8) : ((body[i] ?? 0) << 8) | (body[i + 1] ?? 0);
  for (let i = 0; i < body.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < body.length ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 2;
        continue;
      }
    } else if (u < 0xdc00 || u > 0xdfff) continue;
    return refuse(`the file is ${encoding} but has an unpaired surrogate at byte ${i + 2}`, i + 2);
  }
  const label = little ? 'utf-16le' : 'utf-16be';
  return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(body), encoding };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      if (b === 0) return i;
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
