/**
 * Hostile and extreme dataset files, generated (never committed): each with what a careful user should see. Used by
 * the CLI suite (`cli.test.ts`) and the browser's Open… (`test/e2e/hostileOpen.e2e.ts`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../../src/model/limits';
import type { Dataset } from '../../src/model/schema';

const TINY = fileURLToPath(new URL('../fixtures/tiny.json', import.meta.url));
const tiny = (): Dataset => JSON.parse(readFileSync(TINY, 'utf8')) as Dataset;
const json = (d: unknown) => Buffer.from(JSON.stringify(d, null, 2));

export interface HostileFile {
  name: string;
  bytes: Buffer;
  /** A located, plain-words message the refusal must contain; absent when the file must be accepted. */
  refused?: RegExp;
}

export function hostileFiles(): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (name: string, bytes: Buffer, refused?: RegExp) => files.push({ name, bytes, refused });

  const longLabel = tiny();
  longLabel.nodes[0]!.label = 'W'.repeat(1_000_000);
  add(
    'label-1mb.json',
    json(longLabel),
    /nodes\[0\]\.label: text too long \(1,000,000 characters; the limit for "label" is 1,000\)/,
  );

  const longCode = tiny();
  longCode.nodes[1]!.code = 'Q'.repeat(100_000);
  add('code-100k.json', json(longCode), /nodes\[1\]\.code: text too long \(100,000 characters/);

  const twins = tiny();
  twins.nodes[1]!.id = 'g1 ';
  add('twin-ids.json', json(twins), /nodes\[1\]\.id: duplicate node id: "g1 " is the same as "g1" at nodes\[0\]\.id/);

  const twinLinks = tiny();
  twinLinks.links.push({ ...twinLinks.links[0]!, source: ` ${twinLinks.links[0]!.source}` });
  add('twin-links.json', json(twinLinks), /links\[6\]: duplicate link: .* already at links\[0\]/);

  const many = tiny();
  many.nodes = Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({ ...many.nodes[0]!, id: `n${i}` }));
  add('too-many-nodes.json', json(many), /nodes: too many nodes \(10,001; the limit is 10,000\)/);

  const latin1 = Buffer.from(JSON.stringify(tiny(), null, 2).replace('Goal 1', 'Goal é'), 'latin1');
  add('latin1.json', latin1, /:\d+:\d+: not UTF-8 text: byte 0xE9 at byte \d+ is not valid UTF-8/);

  const text = JSON.stringify(tiny(), null, 2);
  add(
    'truncated.json',
    Buffer.from(text.slice(0, text.length / 2)),
    /:\d+:\d+: not valid JSON: unexpected end of file/,
  );
  add('deep.json', Buffer.from('['.repeat(200_000)), /not valid JSON: nested too deeply/);
  add('utf16-no-bom.json', Buffer.from(text, 'utf16le'), /UTF-16 without a byte-order mark/);
  add('binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /not UTF-8 text/);

  // Accepted as the user meant them.
  add('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  add('utf16-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const atLimits = tiny();
  atLimits.nodes[0]!.label = 'W'.repeat(LIMITS.titleChars);
  atLimits.nodes[1]!.code = 'Q'.repeat(LIMITS.idChars);
  atLimits.meta.title = 'T'.repeat(LIMITS.titleChars);
  atLimits.nodes[2]!.label = 'Doc;=HYPERLINK("http://example.invalid","x")';
  add('at-limits.json', json(atLimits));
  return files;
}
