import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures/load';
import { validateDataset } from './validate';
import { readDataset } from '../io/readDataset';
import type { Dataset } from './schema';

const tinyText = fixtureText('tiny.json');
const tiny = (): Dataset => JSON.parse(tinyText) as Dataset;

/** Errors as `path: message` lines, for readable assertions. */
const errorsOf = (value: unknown) =>
  validateDataset(value)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.path}: ${p.message}`);

describe('validateDataset', () => {
  it('accepts the tiny fixture and warns about its gap', () => {
    const result = validateDataset(tiny());
    expect(result.dataset?.nodes).toHaveLength(7);
    expect(result.problems).toEqual([
      { severity: 'warning', path: 'nodes[6].label', message: 'title not yet sourced (id "q3")' },
    ]);
  });

  it('reports malformed JSON with line and column, without throwing', () => {
    const text = '{\n  "formatVersion": 1,\n  "meta": { "title": "x",, }\n}';
    const result = readDataset(text);
    expect(result.dataset).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(result.problems[0]?.column).toBeGreaterThan(10);
  });

  it('reports a truncated file at its end', () => {
    const result = readDataset(tinyText.slice(0, 200));
    expect(result.problems[0]?.message).toMatch(/not valid JSON/);
    expect(result.problems[0]?.line).toBeGreaterThan(3);
  });

  it('refuses something that is not an object', () => {
    expect(errorsOf([1, 2])).toEqual([expect.stringMatching(/^\(root\): the file must contain a JSON object/)]);
  });

  it('reports wrong types with their paths, naming the node', () => {
    const d = tiny() as unknown as { nodes: Record<string, unknown>[] };
    d.nodes[2]!.label = 42;
    d.nodes[3]!.confidence = 'certain';
    const errors = errorsOf(d);
    expect(errors).toContainEqual(expect.stringMatching(/^nodes\[2\]\.label: .*expected string.*\(id "tp1"\)$/));
    expect(errors).toContainEqual(expect.stringMatching(/^nodes\[3\]\.confidence: .*"high"\|"medium"\|"low"/));
  });

  it('reports every problem at once', () => {
    const d = tiny();
    d.nodes[1]!.id = 'g1';
    d.nodes[2]!.kind = 'mystery';
    d.links[0]!.target = 'nowhere';
    expect(errorsOf(d)).toHaveLength(3);
  });

  it('reports duplicate ids', () => {
    const d = tiny();
    d.nodes[1]!.id = 'g1';
    expect(errorsOf(d)).toContain('nodes[1].id: duplicate node id "g1" (first at nodes[0].id)');
  });

  it('reports duplicate kind and source ids', () => {
    const d = tiny();
    d.kinds.push({ ...d.kinds[0]! });
    d.meta.sources.push({ ...d.meta.sources[0]! });
    const errors = errorsOf(d);
    expect(errors).toContain(
      `kinds[${d.kinds.length - 1}].id: duplicate kind id "${d.kinds[0]!.id}" (first at kinds[0].id)`,
    );
    expect(errors).toContain(
      `meta.sources[${d.meta.sources.length - 1}].id: duplicate source id "${d.meta.sources[0]!.id}" (first at meta.sources[0].id)`,
    );
  });

  it('reports unknown kinds', () => {
    const d = tiny();
    d.nodes[2]!.kind = 'mystery';
    expect(errorsOf(d)).toContainEqual(expect.stringMatching(/^nodes\[2\]\.kind: unknown kind "mystery" \(id "tp1"\)/));
  });

  it('reports links to missing nodes', () => {
    const d = tiny();
    d.links[3]!.source = 'ghost';
    expect(errorsOf(d)).toContain('links[3].source: link source "ghost" is not a node id');
    d.links[3]!.source = tiny().links[3]!.source;
    d.links[4]!.target = 'phantom';
    expect(errorsOf(d)).toEqual([expect.stringMatching(/^links\[4\]\.target: link target "phantom" is not a node id/)]);
  });

  it('reports self-links', () => {
    const d = tiny();
    d.links[1]!.target = 'p1';
    expect(errorsOf(d)).toContain('links[1]: self-link: "p1" links to itself');
  });

  it('reports duplicate links', () => {
    const d = tiny();
    d.links.push({ ...d.links[0]! });
    expect(errorsOf(d)).toContain('links[6]: duplicate link: "tp1" contributes-to "g2" already at links[0]');
  });

  it('reports unknown source ids on nodes and links', () => {
    const d = tiny();
    d.nodes[0]!.sources = [{ source: 'nope' }];
    d.links[2]!.sources = [{ source: 'doc' }, { source: 'also-nope' }];
    const errors = errorsOf(d);
    expect(errors).toContain('nodes[0].sources[0].source: unknown source id "nope" (not in meta.sources)');
    expect(errors).toContain('links[2].sources[1].source: unknown source id "also-nope" (not in meta.sources)');
  });

  it('requires a note on derived and proposed links, not on official ones', () => {
    const d = tiny();
    delete d.links[0]!.note; // proposed
    d.links[2]!.note = '  '; // derived
    delete d.links[3]!.note; // official: fine
    expect(errorsOf(d)).toEqual([
      'links[0].note: a proposed link needs a note saying why',
      'links[2].note: a derived link needs a note saying how it follows',
    ]);
  });

  it('rejects junk URLs in sources', () => {
    const d = tiny();
    d.meta.sources[0]!.url = 'javascript:alert(1)';
    expect(errorsOf(d)).toEqual(['meta.sources[0].url: must be an http(s) URL']);
  });

  it('needs an address for every source but a supplied file (an imported spreadsheet)', () => {
    const d = tiny();
    delete d.meta.sources[0]!.url;
    expect(errorsOf(d)).toEqual(['meta.sources[0].url: source "doc" needs the address of the document (url)']);
    d.meta.sources[0]!.type = 'file';
    expect(errorsOf(d)).toEqual([]);
  });

  it('rejects a newer format version with a clear message', () => {
    const d = { ...tiny(), formatVersion: 2 };
    expect(errorsOf(d)).toEqual(['formatVersion: format version 2 is not supported by this app (it reads version 1)']);
  });

  it('warns about nodes with no links', () => {
    const d = tiny();
    d.links = d.links.filter((l) => l.source !== 'q3' && l.target !== 'q3');
    const result = validateDataset(d);
    expect(result.dataset).toBeDefined();
    expect(result.problems).toContainEqual({
      severity: 'warning',
      path: 'nodes[6]',
      message: 'node "q3" has no links',
    });
  });
});

describe('identifiers that differ only by spaces around them', () => {
  const warningsOf = (value: unknown) =>
    validateDataset(value)
      .problems.filter((p) => p.severity === 'warning')
      .map((p) => `${p.path}: ${p.message}`);

  it('are duplicates, and the error names both places', () => {
    const d = tiny();
    d.nodes[1]!.id = ' g1 ';
    expect(errorsOf(d)).toContain(
      'nodes[1].id: duplicate node id: " g1 " is the same as "g1" at nodes[0].id once the spaces around it are removed',
    );
  });

  it('make duplicate links and relations', () => {
    const d = tiny();
    d.links.push({ ...d.links[0]!, source: 'tp1 ', relation: ' contributes-to' });
    d.relations = [
      { id: 'contributes-to', label: 'contributes to', carries: 'contribution' },
      { id: 'contributes-to\t', label: 'contributes to', carries: 'contribution' },
      { id: 'implements', label: 'implements', carries: 'contribution' },
      { id: 'addresses', label: 'addresses', carries: 'contribution' },
    ];
    const errors = errorsOf(d);
    expect(errors).toContain('links[6]: duplicate link: "tp1" contributes-to "g2" already at links[0]');
    expect(errors).toContain(
      'relations[1].id: duplicate relation id: "contributes-to\\t" is the same as "contributes-to" at relations[0].id once the spaces around it are removed',
    );
  });

  it('are read without their spaces when there is no twin, with a warning for each', () => {
    const d = tiny();
    d.nodes[0]!.id = ' g1';
    d.links[2]!.target = 'g1 ';
    const result = validateDataset(d);
    expect(result.dataset?.nodes[0]?.id).toBe('g1');
    expect(result.dataset?.links[2]?.target).toBe('g1');
    expect(warningsOf(d)).toEqual(
      expect.arrayContaining([
        'nodes[0].id: node id " g1" has spaces around it; it is read as "g1"',
        'links[2].target: link target "g1 " has spaces around it; it is read as "g1"',
      ]),
    );
  });

  it('leave no dataset that collides once read: every accepted dataset re-validates as written', () => {
    const d = tiny();
    d.nodes[3]!.id = 'p1 ';
    d.links[1]!.source = ' p1';
    const result = validateDataset(d);
    expect(result.dataset).toBeDefined();
    const again = validateDataset(JSON.parse(JSON.stringify(result.dataset)));
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(again.dataset?.nodes).toHaveLength(d.nodes.length);
  });
});

describe('limits', () => {
  it('refuses too many nodes before reading them, saying how many and the limit', () => {
    const d = tiny();
    d.nodes = Array.from({ length: 10_001 }, (_, i) => ({ ...d.nodes[0]!, id: `n${i}` }));
    expect(errorsOf(d)).toEqual(['nodes: too many nodes (10,001; the limit is 10,000)']);
  });

  it('refuses an over-long text with its path and both lengths, and counts the rest', () => {
    const d = tiny();
    d.nodes[0]!.label = 'x'.repeat(1_000_001);
    d.nodes[1]!.code = 'Q'.repeat(201);
    expect(errorsOf(d)).toEqual([
      'nodes[0].label: text too long (1,000,001 characters; the limit for "label" is 1,000)',
      'nodes[1].code: text too long (201 characters; the limit for "code" is 200)',
    ]);
    d.nodes = Array.from({ length: 25 }, (_, i) => ({ ...d.nodes[2]!, id: `n${i}`, description: 'n'.repeat(10_001) }));
    const errors = errorsOf(d);
    expect(errors).toHaveLength(21);
    expect(errors[0]).toBe(
      'nodes[0].description: text too long (10,001 characters; the limit for "description" is 10,000)',
    );
    expect(errors.at(-1)).toBe('(file): 5 more texts over their length limit');
  });
});
