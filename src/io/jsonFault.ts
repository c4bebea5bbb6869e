/**
 * Finds the offset of the first syntax error in JSON text, with a message, independent of the JS engine
 * (V8 versions differ in whether they report a position). Only used after JSON.parse has failed.
 */
export interface JsonFault {
  offset: number;
  message: string;
}

export function findJsonFault(text: string): JsonFault | null {
  let i = 0;
  const fail = (message: string): never => {
    throw { offset: i, message } satisfies JsonFault;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expectChar = (c: string, what: string) => {
    if (text.charAt(i) !== c) fail(i >= text.length ? `unexpected end of file, expected ${what}` : `expected ${what}`);
    i++;
  };
  const string = () => {
    expectChar('"', 'a string');
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        const e = text.charAt(i);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape in string');
          i += 5;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i++;
        else fail('bad escape in string');
      } else if (c < ' ') fail('control character in string (unescaped line break?)');
      else i++;
    }
    fail('unexpected end of file inside a string');
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        expectChar(':', "':' after a property name");
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        expectChar('}', "',' or '}' after a property value");
        return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        expectChar(']', "',' or ']' after an array element");
        return;
      }
    }
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(i >= text.length ? 'unexpected end of file, expected a value' : `unexpected character ${JSON.stringify(c)}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return null;
  } catch (fault) {
    // Nesting deeper than the stack: no dataset is nested more than a few levels.
    if (fault instanceof RangeError) return { offset: i, message: 'nested too deeply (no dataset is)' };
    return fault as JsonFault;
  }
}
