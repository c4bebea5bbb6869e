/** JSON parsing that reports where a malformed file breaks, instead of throwing. */
import { findJsonFault } from './jsonFault';

export interface JsonLocation {
  line: number;
  column: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string; location: JsonLocation };

/** 1-based line and column of a character offset in `text`. */
export function locate(text: string, offset: number): JsonLocation {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1 };
}

/** Parses JSON text; on failure says what is wrong and at which line and column. */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const fault = findJsonFault(text);
    const message = fault?.message ?? (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { ok: false, message, location: locate(text, fault?.offset ?? text.length) };
  }
}
