/** Import fixtures as the importer receives them: a name and bytes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InputFile } from '../../src/io/import/plan';

export function fixtureFile(name: string): InputFile {
  const b = readFileSync(resolve(process.cwd(), 'test/fixtures/import', name));
  return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
}

export function textFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text).buffer as ArrayBuffer };
}

export async function blobFile(name: string, blob: Blob): Promise<InputFile> {
  return { name, bytes: await blob.arrayBuffer() };
}
