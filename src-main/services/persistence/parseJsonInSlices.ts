import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * About this many bytes of JSON are decoded and parsed between two turns of the event loop. On ANT's
 * 38 MB library a slice takes 4 ms (a megabyte took 17-20 ms, for the same 0.8-0.9 s in all): each
 * step of a call served meanwhile (a file read, a reply) waits for one slice at most.
 */
const SLICE_BYTES = 256 << 10;

export interface ParseInSlicesOptions {
  sliceBytes?: number;
  /** Awaited between slices; a turn of the event loop unless a test counts them. */
  pause?: () => Promise<unknown>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isWhitespace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * `JSON.parse` of the UTF-8 text `bytes`, a slice of about `sliceBytes` at a time with a turn of
 * the event loop between slices. A large project's library is over a hundred megabytes of JSON:
 * decoding and parsing it whole held the main thread for seconds while the project opened, and
 * with it every call of the window already open. Containers larger than a slice are walked, their
 * members and elements parsed by `JSON.parse` in runs of about a slice each, and put together in
 * their order, so the value is the one `JSON.parse` gives. The boundaries are found in the bytes:
 * the characters that make JSON's structure are ASCII, never part of a multibyte character.
 *
 * Throws on anything `JSON.parse` refuses, though not always with its message: a caller that
 * shows the reason parses the whole text again for it.
 */
export async function parseJsonInSlices(bytes: Uint8Array, options: ParseInSlicesOptions = {}): Promise<unknown> {
  const slicer = new JsonSlicer(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    options.sliceBytes ?? SLICE_BYTES,
    options.pause ?? (() => nextTurn()),
  );
  return slicer.parseWhole();
}

/** How `walkItems` reads one kind of container's items and takes them into the value. */
interface ContainerItems {
  /** Where the value of the item starting at `at` starts and ends (a member's after its name). */
  valueOf(at: number): { valueStart: number; valueEnd: number };
  takeRun(runStart: number, runEnd: number): Promise<void>;
  takeLarge(itemStart: number, valueStart: number, valueEnd: number): Promise<void>;
}

class JsonSlicer {
  /** Bytes parsed since the last pause. */
  private parsedSincePause = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly sliceBytes: number,
    private readonly pause: () => Promise<unknown>,
  ) {}

  async parseWhole(): Promise<unknown> {
    const start = this.skipWhitespace(0);
    const end = this.valueEnd(start);
    if (this.skipWhitespace(end) !== this.bytes.length)
      throw new SyntaxError(`unexpected data after JSON at byte ${end}`);
    return this.parseValue(start, end);
  }

  /** The value that spans `start` to `end`: parsed at once when small, walked when a large container. */
  private async parseValue(start: number, end: number): Promise<unknown> {
    const opening = this.bytes[start];
    if (end - start <= this.sliceBytes || (opening !== OPEN_BRACE && opening !== OPEN_BRACKET)) {
      return this.parseRun(start, end, '', '');
    }
    return opening === OPEN_BRACKET ? this.parseArray(start, end) : this.parseObject(start, end);
  }

  private async parseArray(start: number, end: number): Promise<unknown[]> {
    const array: unknown[] = [];
    await this.walkItems(start, end, CLOSE_BRACKET, {
      valueOf: (at) => ({ valueStart: at, valueEnd: this.valueEnd(at) }),
      takeRun: async (runStart, runEnd) => {
        for (const element of (await this.parseRun(runStart, runEnd, '[', ']')) as unknown[]) array.push(element);
      },
      takeLarge: async (_, valueStart, valueEnd) => {
        array.push(await this.parseValue(valueStart, valueEnd));
      },
    });
    return array;
  }

  private async parseObject(start: number, end: number): Promise<Record<string, unknown>> {
    const object: Record<string, unknown> = {};
    // As JSON.parse makes members: data properties even for "__proto__", a repeated name keeping
    // its first place and its last value.
    const define = (name: string, value: unknown) =>
      Object.defineProperty(object, name, { value, writable: true, enumerable: true, configurable: true });
    await this.walkItems(start, end, CLOSE_BRACE, {
      valueOf: (at) => {
        if (this.bytes[at] !== QUOTE) throw new SyntaxError(`expected a member's name at byte ${at}`);
        const colon = this.skipWhitespace(this.stringEnd(at));
        if (this.bytes[colon] !== COLON) throw new SyntaxError(`expected : at byte ${colon}`);
        const valueStart = this.skipWhitespace(colon + 1);
        return { valueStart, valueEnd: this.valueEnd(valueStart) };
      },
      takeRun: async (runStart, runEnd) => {
        const run = (await this.parseRun(runStart, runEnd, '{', '}')) as Record<string, unknown>;
        for (const name of Object.keys(run)) define(name, run[name]);
      },
      takeLarge: async (memberStart, valueStart, valueEnd) => {
        const name = JSON.parse(this.bytes.toString('utf8', memberStart, this.stringEnd(memberStart))) as string;
        define(name, await this.parseValue(valueStart, valueEnd));
      },
    });
    return object;
  }

  /**
   * Walks the items (elements or members) of the container spanning `start` to `end`, closed by
   * `closing`: items next to each other are taken together in runs of about a slice, an item whose
   * value is larger than a slice alone, after the run before it, so the container keeps their order.
   */
  private async walkItems(start: number, end: number, closing: number, items: ContainerItems): Promise<void> {
    let at = this.skipWhitespace(start + 1);
    let runStart = -1;
    let runEnd = -1;
    const takeRun = async () => {
      if (runStart < 0) return;
      await items.takeRun(runStart, runEnd);
      runStart = runEnd = -1;
    };
    if (this.bytes[at] !== closing) {
      for (;;) {
        const { valueStart, valueEnd } = items.valueOf(at);
        if (valueEnd - valueStart > this.sliceBytes) {
          await takeRun();
          await items.takeLarge(at, valueStart, valueEnd);
        } else {
          if (runStart < 0) runStart = at;
          runEnd = valueEnd;
          if (runEnd - runStart >= this.sliceBytes) await takeRun();
        }
        at = this.skipWhitespace(valueEnd);
        if (this.bytes[at] === closing) break;
        if (this.bytes[at] !== COMMA)
          throw new SyntaxError(`expected , or ${String.fromCharCode(closing)} at byte ${at}`);
        at = this.skipWhitespace(at + 1);
      }
      await takeRun();
    }
    if (at !== end - 1) throw new SyntaxError(`unexpected data at byte ${at}`);
  }

  /** `JSON.parse` of the bytes from `start` to `end` between `before` and `after`, pausing once a slice is parsed. */
  private async parseRun(start: number, end: number, before: string, after: string): Promise<unknown> {
    const value: unknown = JSON.parse(before + this.bytes.toString('utf8', start, end) + after);
    this.parsedSincePause += end - start;
    if (this.parsedSincePause >= this.sliceBytes) {
      this.parsedSincePause = 0;
      await this.pause();
    }
    return value;
  }

  private skipWhitespace(at: number): number {
    while (isWhitespace(this.bytes[at])) at++;
    return at;
  }

  /** Where the value starting at `start` ends. Only finds its bounds: `JSON.parse` checks what is inside. */
  private valueEnd(start: number): number {
    const opening = this.bytes[start];
    if (opening === undefined) throw new SyntaxError(`unexpected end of JSON at byte ${start}`);
    if (opening === QUOTE) return this.stringEnd(start);
    if (opening !== OPEN_BRACE && opening !== OPEN_BRACKET) {
      let at = start;
      for (let byte = this.bytes[at]; byte !== undefined; byte = this.bytes[++at]) {
        if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || byte === COLON || isWhitespace(byte))
          break;
      }
      if (at === start) throw new SyntaxError(`expected a value at byte ${start}`);
      return at;
    }
    let depth = 0;
    for (let at = start; at < this.bytes.length;) {
      const byte = this.bytes[at]!;
      if (byte === QUOTE) {
        at = this.stringEnd(at);
        continue;
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
      else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return at + 1;
      at++;
    }
    throw new SyntaxError(`unexpected end of JSON in the value at byte ${start}`);
  }

  /** Where the string whose opening quote is at `start` ends (after its closing quote). */
  private stringEnd(start: number): number {
    for (let quote = this.bytes.indexOf(QUOTE, start + 1); quote >= 0; quote = this.bytes.indexOf(QUOTE, quote + 1)) {
      let backslashes = 0;
      while (this.bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
    }
    throw new SyntaxError(`unterminated string at byte ${start}`);
  }
}
