/**
 * Writes `data/schema.json` from the zod schema (`npm run schema`), or with `--check` fails when the checked-in
 * file is out of date, so editors that validate against it never drift from the app.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DatasetSchema, FORMAT_VERSION } from '../model/schema';

const target = new URL('../../data/schema.json', import.meta.url);
const schema = {
  ...z.toJSONSchema(DatasetSchema, { io: 'input' }),
  $id: `https://strategy-map.invalid/schema/v${FORMAT_VERSION}.json`,
  title: `Strategy Map dataset, format version ${FORMAT_VERSION}`,
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('data/schema.json is out of date: run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('data/schema.json is current.');
} else {
  writeFileSync(target, text);
  console.log('wrote data/schema.json');
}
