/** Where a JSON text first breaks the grammar, for an error message a person can act on. */
export interface JsonSyntaxProblem {
  /** UTF-16 offset of the first character that cannot be read. */
  offset: number;
  /** 1-based line and column of that character. */
  line: number;
  column: number;
  reason: string;
}

class JsonScanFailure extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Node 20's JSON.parse often says only `Unexpected token '}'` without a position, so a failed parse
 * is re-read by this small scanner of the RFC 8259 grammar to locate the fault. Returns undefined for
 * valid JSON.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  let at = 0;
  const fail = (reason: string): never => {
    throw new JsonScanFailure(at, at >= text.length ? `unexpected end of input (${reason})` : reason);
  };
  const skipWhitespace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  };
  const expect = (character: string, what: string) => {
    if (text[at] !== character) fail(`expected ${what}`);
    at += 1;
  };
  const readString = () => {
    expect('"', 'a string');
    while (text[at] !== '"') {
      if (at >= text.length) fail('unterminated string');
      const code = text.charCodeAt(at);
      if (code < 0x20) fail('unescaped control character in a string');
      if (text[at] === '\\') {
        at += 1;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('bad \\u escape');
          at += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[at] ?? '') || at >= text.length) fail('bad escape sequence');
      }
      at += 1;
    }
    at += 1;
  };
  const readNumber = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (match === null || match[0].length === 0) fail(`unexpected character ${JSON.stringify(text[at])}`);
    at += match![0].length;
  };
  const readValue = (): void => {
    skipWhitespace();
    const character = text[at];
    if (character === '{') {
      at += 1;
      skipWhitespace();
      if (text[at] === '}') return void (at += 1);
      for (;;) {
        skipWhitespace();
        readString();
        skipWhitespace();
        expect(':', "':' after a property name");
        readValue();
        skipWhitespace();
        if (text[at] === ',') at += 1;
        else return expect('}', "',' or '}' after a property value");
      }
    }
    if (character === '[') {
      at += 1;
      skipWhitespace();
      if (text[at] === ']') return void (at += 1);
      for (;;) {
        readValue();
        skipWhitespace();
        if (text[at] === ',') at += 1;
        else return expect(']', "',' or ']' after an array element");
      }
    }
    if (character === '"') return readString();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, at)) return void (at += literal.length);
    }
    if (at >= text.length) fail('expected a value');
    readNumber();
  };
  try {
    readValue();
    skipWhitespace();
    if (at < text.length) fail('unexpected text after the JSON value');
    return undefined;
  } catch (caught) {
    // A stack overflow means nesting deeper than any annotation file has: report it where it happened.
    const error = caught instanceof RangeError ? new JsonScanFailure(at, 'nesting too deep') : caught;
    if (!(error instanceof JsonScanFailure)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { offset: error.offset, line, column, reason: error.reason };
  }
}
