/** Bytes handed on at a time: texts are encoded, and small pieces gathered, up to this many. */
export const PIECE_BYTES = 1 << 20;
/** UTF-8 takes at most three bytes for a UTF-16 code unit (a pair of them takes four). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Bytes gathered in one buffer kept for the whole content, handed on as a view of it whenever it
 * is full: each view is valid only until the next is asked for.
 */
export class GatheredBytes {
  private buffer: Buffer | undefined;
  private length = 0;

  /** `pieceBytes` (at least 8, so a slice of text always holds a surrogate pair) is for tests. */
  constructor(private readonly pieceBytes = PIECE_BYTES) {
    if (pieceBytes < 8) throw new RangeError(`pieces of ${pieceBytes} bytes are too small`);
  }

  /** Encodes `text` into the buffer, a slice at a time, never between the halves of a surrogate pair. */
  *text(text: string): Generator<Uint8Array> {
    const sliceUnits = Math.floor(this.pieceBytes / MAX_BYTES_PER_UNIT);
    for (let start = 0; start < text.length;) {
      let end = Math.min(start + sliceUnits, text.length);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      if (this.length + (end - start) * MAX_BYTES_PER_UNIT > this.pieceBytes) yield* this.flush();
      const buffer = (this.buffer ??= Buffer.allocUnsafe(this.pieceBytes));
      this.length += buffer.write(start === 0 && end === text.length ? text : text.slice(start, end), this.length);
      start = end;
    }
  }

  *bytes(bytes: Uint8Array): Generator<Uint8Array> {
    if (this.length + bytes.length > this.pieceBytes) yield* this.flush();
    const buffer = (this.buffer ??= Buffer.allocUnsafe(this.pieceBytes));
    buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  *flush(): Generator<Uint8Array> {
    if (this.length === 0) return;
    const full = this.buffer!.subarray(0, this.length);
    this.length = 0;
    yield full;
  }
}
