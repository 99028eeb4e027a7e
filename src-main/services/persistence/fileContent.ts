import { utf8Pieces } from './utf8Pieces';

/**
 * What a durable write puts in a file: a text, bytes, or pieces of either in order, which may be
 * made only as they are written (the library of a large project, see `jsonPieces`).
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** Small pieces are gathered up to this many bytes, so that a file of many is written in few calls. */
const GATHERED_BYTES = 1 << 20;

/**
 * The bytes of `content`, a megabyte or so at a time: a long text is encoded a piece at a time,
 * and small pieces (the library listing's 240,000 rows at four times ANT) are gathered, as a
 * write of each would cost a round trip to the thread pool.
 */
export function* contentBytes(content: FileContent): Generator<Uint8Array> {
  if (typeof content === 'string') {
    yield* utf8Pieces(content);
    return;
  }
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  let gathered: Uint8Array[] = [];
  let gatheredBytes = 0;
  for (const piece of content) {
    for (const bytes of contentBytes(piece)) {
      gathered.push(bytes);
      gatheredBytes += bytes.length;
      if (gatheredBytes < GATHERED_BYTES) continue;
      yield gathered.length === 1 ? bytes : Buffer.concat(gathered, gatheredBytes);
      gathered = [];
      gatheredBytes = 0;
    }
  }
  if (gathered.length > 0) yield gathered.length === 1 ? gathered[0]! : Buffer.concat(gathered, gatheredBytes);
}
