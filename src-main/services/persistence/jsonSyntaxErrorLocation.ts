/** A 1-based line and column, as an editor shows them. */
export interface TextLocation {
  line: number;
  column: number;
}

class SyntaxStop {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Walks the JSON grammar until the first character that cannot continue it. Node 20's JSON.parse
 * reports a position for only some errors ("Unexpected token '}', … is not valid JSON" has none),
 * and a user told "line 3" can open the file and look.
 */
function firstSyntaxErrorOffset(text: string): number | null {
  let index = 0;

  const fail = (): never => {
    throw new SyntaxStop(index);
  };
  const skipWhitespace = (): void => {
    while (index < text.length && WHITESPACE.has(text[index]!)) index += 1;
  };
  const expect = (literal: string): void => {
    for (const character of literal) {
      if (text[index] !== character) fail();
      index += 1;
    }
  };
  const digits = (): void => {
    const start = index;
    while (index < text.length && text[index]! >= '0' && text[index]! <= '9') index += 1;
    if (index === start) fail();
  };
  const number = (): void => {
    if (text[index] === '-') index += 1;
    if (text[index] === '0') index += 1;
    else digits();
    if (text[index] === '.') {
      index += 1;
      digits();
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index += 1;
      if (text[index] === '+' || text[index] === '-') index += 1;
      digits();
    }
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (index >= text.length) fail();
      const character = text[index]!;
      if (character === '"') {
        index += 1;
        return;
      }
      if (character < ' ') fail();
      if (character === '\\') {
        index += 1;
        if (text[index] === 'u') {
          index += 1;
          for (let hexDigit = 0; hexDigit < 4; hexDigit += 1) {
            if (!/[0-9a-fA-F]/.test(text[index] ?? '')) fail();
            index += 1;
          }
          continue;
        }
        if (!ESCAPABLE.has(text[index] ?? '')) fail();
      }
      index += 1;
    }
  };
  const value = (): void => {
    skipWhitespace();
    const character = text[index];
    if (character === '{') {
      index += 1;
      skipWhitespace();
      if (text[index] === '}') {
        index += 1;
        return;
      }
      for (;;) {
        skipWhitespace();
        string();
        skipWhitespace();
        expect(':');
        value();
        skipWhitespace();
        if (text[index] === ',') index += 1;
        else return expect('}');
      }
    }
    if (character === '[') {
      index += 1;
      skipWhitespace();
      if (text[index] === ']') {
        index += 1;
        return;
      }
      for (;;) {
        value();
        skipWhitespace();
        if (text[index] === ',') index += 1;
        else return expect(']');
      }
    }
    if (character === '"') return string();
    if (character === 't') return expect('true');
    if (character === 'f') return expect('false');
    if (character === 'n') return expect('null');
    if (character === '-' || (character !== undefined && character >= '0' && character <= '9')) return number();
    fail();
  };

  try {
    value();
    skipWhitespace();
    if (index < text.length) fail();
    return null;
  } catch (stop) {
    if (stop instanceof SyntaxStop) return stop.offset;
    // A file nested deeper than the stack allows: the location is unknown, the error is not.
    if (stop instanceof RangeError) return null;
    throw stop;
  }
}

/** Where JSON.parse gave up on `text`, or null when that cannot be told. */
export function locateJsonSyntaxError(text: string): TextLocation | null {
  const offset = firstSyntaxErrorOffset(text);
  if (offset === null) return null;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text[index] === '\n') {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
