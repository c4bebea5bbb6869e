import { describe, expect, it } from 'vitest';
import { locate, parseJson } from './parseJson';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
  it('locates a fault on a later line', () => {
    const result = parseJson('{\n "a": 1,\n "b": ]\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.location).toEqual({ line: 3, column: 7 });
  });
  it('locates offsets as 1-based line and column', () => {
    expect(locate('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseJson faults', () => {
  it.each([
    ['{"a":1', 'unexpected end of file', 1, 7],
    ['{"a":1,}', 'expected a string', 1, 8],
    ['[1 2]', "expected ',' or ']'", 1, 4],
    ['{"a":"x\ny"}', 'control character', 1, 8],
    ['{"a":1} x', 'unexpected text after', 1, 9],
    ["{'a':1}", 'expected a string', 1, 2],
  ])('%j: %s at %i:%i', (text, message, line, column) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.location).toEqual({ line, column });
    }
  });
});
