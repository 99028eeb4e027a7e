/**
 * What a durable write puts in a file: a text, bytes, or pieces of either in order, which may be
 * made only as they are written (the library of a large project, see `jsonPieces`).
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** Bytes handed on at a time: texts are encoded, and small pieces gathered, up to this many. */
const PIECE_BYTES = 1 << 20;
/** UTF-8 takes at most three bytes for a UTF-16 code unit (a pair of them takes four). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * The bytes of `content`, a megabyte or so at a time: a long text is encoded a piece at a time,
 * and small pieces (the library listing's 240,000 rows at four times ANT) are gathered, as a
 * write of each would cost a round trip to the thread pool.
 *
 * Texts are encoded, and small pieces copied, into one buffer kept for the whole content: a fresh
 * buffer for each megabyte cost the main thread over a second of allocation and collection while a
 * library four times ANT was written. So each piece handed on is valid only until the next is
 * asked for: a caller writes or hashes it at once, and copies what it would keep.
 */
export function* contentBytes(content: FileContent): Generator<Uint8Array> {
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  const gathered = new GatheredBytes();
  for (const piece of typeof content === 'string' ? [content] : content) {
    if (typeof piece === 'string') {
      yield* gathered.text(piece);
    } else if (piece.length >= PIECE_BYTES) {
      yield* gathered.flush();
      yield piece;
    } else {
      yield* gathered.bytes(piece);
    }
  }
  yield* gathered.flush();
}

/** Bytes gathered in one buffer, handed on as a view of it whenever it is full. */
class GatheredBytes {
  private buffer: Buffer | undefined;
  private length = 0;

  /** Encodes `text` into the buffer, a slice at a time, never between the halves of a surrogate pair. */
  *text(text: string): Generator<Uint8Array> {
    const sliceUnits = Math.floor(PIECE_BYTES / MAX_BYTES_PER_UNIT);
    for (let start = 0; start < text.length;) {
      let end = Math.min(start + sliceUnits, text.length);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      if (this.length + (end - start) * MAX_BYTES_PER_UNIT > PIECE_BYTES) yield* this.flush();
      const buffer = (this.buffer ??= Buffer.allocUnsafe(PIECE_BYTES));
      this.length += buffer.write(start === 0 && end === text.length ? text : text.slice(start, end), this.length);
      start = end;
    }
  }

  *bytes(bytes: Uint8Array): Generator<Uint8Array> {
    if (this.length + bytes.length > PIECE_BYTES) yield* this.flush();
    const buffer = (this.buffer ??= Buffer.allocUnsafe(PIECE_BYTES));
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
