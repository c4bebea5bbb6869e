import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, firstInvalidUtf8 } from './decodeText';
import { readDatasetBytes } from './readDataset';
import { fileSizeProblem, LIMITS } from '../model/limits';
import { fixtureText } from '../../test/fixtures/load';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, little: boolean) => {
  const out = new Uint8Array(2 + 2 * s.length);
  out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 + 2 * i + (little ? 0 : 1)] = u & 0xff;
    out[2 + 2 * i + (little ? 1 : 0)] = u >> 8;
  }
  return out;
};

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one, to the same text', () => {
    const text = '{"label": "Télécommunications — الاتصالات 信息 😀"}';
    for (const bytes of [
      utf8(text),
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
      utf16(text, true),
      utf16(text, false),
    ]) {
      const r = decodeText(bytes);
      expect(r.ok && r.text).toBe(text);
    }
  });

  it('refuses Latin-1 bytes, saying which byte, where, and what the file probably is', () => {
    const bytes = new Uint8Array([...utf8('{\n  "label": "T'), 0xe9, ...utf8('l"}')]);
    const r = decodeText(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(
      'not UTF-8 text: byte 0xE9 at byte 15 is not valid UTF-8 (in Latin-1 it would be "é": the file is probably Latin-1 or Windows-1252); save the file as UTF-8',
    );
    expect([r.offset, r.line, r.column]).toEqual([15, 2, 14]);
  });

  it('refuses UTF-16 without a byte-order mark, UTF-32, NUL bytes and unpaired surrogates', () => {
    const noBom = utf16('{"formatVersion": 1}', true).subarray(2);
    const cases: [Uint8Array, RegExp][] = [
      [noBom, /looks like UTF-16 without a byte-order mark/],
      [new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), /UTF-32/],
      [new Uint8Array([0x7b, 0x00, 0x7d, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20]), /NUL byte \(0x00\) at byte 1/],
      [new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /unpaired surrogate at byte 2/],
      [new Uint8Array([0xff, 0xfe, 0x41]), /ends in half a character/],
      [new Uint8Array([0xed, 0xa0, 0x80]), /byte 0xED at byte 0 is not valid UTF-8/],
      [new Uint8Array([0xc0, 0xaf]), /byte 0xC0 at byte 0/],
    ];
    for (const [bytes, message] of cases) {
      const r = decodeText(bytes);
      expect(r.ok ? 'accepted' : r.message).toMatch(message);
    }
  });

  it('finds the first invalid byte exactly where the standard decoder fails', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const bad = firstInvalidUtf8(bytes);
        let strict = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          strict = false;
        }
        const hasNul = bytes.includes(0);
        expect(bad === -1).toBe(strict && !hasNul);
        if (bad >= 0)
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bad))).not.toThrow();
      }),
      { seed: 18, numRuns: 2000 },
    );
  });
});

describe('readDatasetBytes', () => {
  it('opens a dataset saved with a byte-order mark or as UTF-16, like the plain file', () => {
    const text = fixtureText('tiny.json');
    const plain = readDatasetBytes(utf8(text));
    expect(plain.dataset).toBeDefined();
    expect(readDatasetBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])).dataset).toEqual(plain.dataset);
    expect(readDatasetBytes(utf16(text, true)).dataset).toEqual(plain.dataset);
  });

  it('refuses a file over the size limit from its size, before decoding it', () => {
    const r = readDatasetBytes(new Uint8Array(20_000_001).fill(0xff));
    expect(r.problems).toEqual([
      {
        severity: 'error',
        path: '(file)',
        message: 'the file is too large (20,000,001 bytes; the limit is 20,000,000 bytes)',
      },
    ]);
    expect(fileSizeProblem(600_000_000)?.message).toBe('the file is too large (600 MB; the limit is 20 MB)');
    expect(fileSizeProblem(LIMITS.fileBytes)).toBeUndefined();
  });
});
