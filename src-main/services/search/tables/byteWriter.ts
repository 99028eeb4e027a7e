/** How much a `ByteWriter` holds before handing it to its sink. */
const CHUNK_BYTES = 1 << 20;
/** UTF-8 takes at most three bytes for each UTF-16 unit (four for a pair of them). */
const MAX_UTF8_BYTES_PER_UNIT = 3;

const encoder = new TextEncoder();

/**
 * Bytes of a binary search table (varints and raw 32-bit rows) handed to `sink` a chunk at a time,
 * so that a table of hundreds of megabytes is written holding one chunk of it, never the whole.
 */
export class ByteWriter {
  private readonly bytes = new Uint8Array(CHUNK_BYTES);
  private length = 0;
  private flushed = 0;

  /** `sink` gets each chunk once; it must be done with it when it returns (the chunk is reused). */
  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  /** Bytes written so far, handed to the sink or not. */
  get size(): number {
    return this.flushed + this.length;
  }

  private ensure(extra: number): void {
    if (this.length + extra > this.bytes.length) this.flush();
  }

  /** Hands what is buffered to the sink; call it once after the last write. */
  flush(): void {
    if (this.length === 0) return;
    this.sink(this.bytes.subarray(0, this.length));
    this.flushed += this.length;
    this.length = 0;
  }

  /** An unsigned integer as a LEB128 varint. */
  varint(value: number): void {
    this.ensure(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  /** 32-bit unsigned integers in the machine's byte order, as a Uint32Array view reads them back. */
  words(values: Uint32Array): void {
    this.raw(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }

  /**
   * A string as UTF-8, encoded straight into the chunk (an array of its own for every line of
   * `records.jsonl` was most of its encoding); returns how many bytes it took.
   */
  text(value: string): number {
    const most = value.length * MAX_UTF8_BYTES_PER_UNIT;
    if (most > this.bytes.length) {
      const bytes = encoder.encode(value);
      this.raw(bytes);
      return bytes.length;
    }
    this.ensure(most);
    const { written } = encoder.encodeInto(value, this.bytes.subarray(this.length));
    this.length += written;
    return written;
  }

  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    if (bytes.length > this.bytes.length) {
      // Larger than a chunk: handed on as it is.
      this.sink(bytes);
      this.flushed += bytes.length;
      return;
    }
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }
}

/** Reads the varints `ByteWriter.varint` wrote, from `at` on. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    private at = 0,
  ) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  next(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new Error('search tables: a varint runs past its data');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }
}
