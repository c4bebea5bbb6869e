/** Loads the reference fact sheets (`../shared/reference/*.yaml`, relative to the repository). */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { rec, type YamlRecord } from './yamlAccess';

/** The four reference files, parsed. */
export interface Reference {
  /** strategic-plan.yaml: Strategic Plans 2020-2023 and 2024-2027. */
  plan: YamlRecord;
  /** itu-d.yaml: action plans, priorities, regional initiatives, resolutions, edges. */
  itud: YamlRecord;
  /** wsis-questions.yaml: SDGs, WSIS action lines, study groups and Questions, edges. */
  wsis: YamlRecord;
  /** gapfill.yaml: WSIS-SDG matrix, thematic priorities, targets, more resolutions and linkages. */
  gap: YamlRecord;
}

/** Root of the repository (two levels above this file). */
export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the reference files live: `<repo>/../shared/reference`. */
export const REFERENCE_DIR = resolve(REPO_DIR, '..', 'shared', 'reference');

function load(name: string): YamlRecord {
  return rec(parse(readFileSync(join(REFERENCE_DIR, name), 'utf8')), name);
}

/** Reads and parses the reference files. */
export function loadReference(): Reference {
  return {
    plan: load('strategic-plan.yaml'),
    itud: load('itu-d.yaml'),
    wsis: load('wsis-questions.yaml'),
    gap: load('gapfill.yaml'),
  };
}
