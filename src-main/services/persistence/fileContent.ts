import { GatheredBytes, PIECE_BYTES } from './gatheredBytes';

/**
 * What a durable write puts in a file: a text, bytes, or pieces of either in order, which may be
 * made only as they are written (the library of a large project, see `jsonBytes`).
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

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
