const LINE_FEED = 0x0a;
const DIGIT_ZERO = 0x30;

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of many strings, encoded in one call: string `n` is
 * `bytes[start(n), start(n) + length(n))`. The lines of `terms.txt` and `stems.txt` are then put
 * together from bytes, each term encoded once however many lines name it, where building them as
 * one string to encode cost a string append per piece and encoded a term once per line.
 */
export class EncodedStrings {
  private readonly bytes: Uint8Array;
  /** Where each string starts, and one more: where a string after the last would start. */
  private readonly starts: Int32Array;

  /** `strings` must hold no line break: it is what separates them while they are encoded. */
  constructor(strings: readonly string[]) {
    this.bytes = encoder.encode(strings.join('\n'));
    this.starts = new Int32Array(strings.length + 1);
    let count = 1;
    for (let at = 0; at < this.bytes.length; at++) {
      if (this.bytes[at] === LINE_FEED) this.starts[count++] = at + 1;
    }
    if (strings.length > 0 && count !== strings.length) throw new Error('search tables: a line holds a line break');
    this.starts[strings.length] = this.bytes.length + 1;
  }

  length(n: number): number {
    return this.starts[n + 1]! - 1 - this.starts[n]!;
  }

  /** Appends string `n`'s bytes to `out`. */
  copyTo(out: LineBytes, n: number): void {
    out.copy(this.bytes, this.starts[n]!, this.starts[n + 1]! - 1);
  }
}

/** A text file's bytes, appended to one growing buffer. */
export class LineBytes {
  private buffer: Uint8Array;
  size = 0;

  constructor(expectedBytes: number) {
    this.buffer = new Uint8Array(Math.max(64, expectedBytes));
  }

  private ensure(extra: number): void {
    if (this.size + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.size + extra));
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }

  byte(value: number): void {
    this.ensure(1);
    this.buffer[this.size++] = value;
  }

  copy(source: Uint8Array, from: number, to: number): void {
    this.ensure(to - from);
    // Byte by byte: a word is a few bytes, and a view to `set` from costs more than copying them.
    const { buffer } = this;
    for (let at = from; at < to; at++) buffer[this.size++] = source[at]!;
  }

  /** A number from 0 to 2^31 − 1 in decimal, as `${value}` writes it (term and document numbers). */
  decimal(value: number): void {
    let digits = 1;
    for (let bound = 10; value >= bound && digits < 10; bound *= 10) digits++;
    this.ensure(digits);
    const { buffer } = this;
    let rest = value | 0;
    for (let at = this.size + digits - 1; at >= this.size; at--) {
      const tenth = (rest / 10) | 0;
      buffer[at] = DIGIT_ZERO + rest - tenth * 10;
      rest = tenth;
    }
    this.size += digits;
  }

  /** The bytes written (a view of the buffer). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.size);
  }
}
