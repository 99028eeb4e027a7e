/** Characters of a text encoded at a time by `utf8Pieces`. */
const PIECE_CHARACTERS = 1 << 20;

/**
 * The UTF-8 bytes of `text`, a megabyte or so at a time, for writing or hashing a long text (the
 * library of a large project is a JSON text of a hundred million characters) without holding all
 * its bytes beside it. A piece never ends between the two halves of a surrogate pair, so the pieces
 * joined are exactly the text's bytes.
 */
export function* utf8Pieces(text: string): Generator<Buffer> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + PIECE_CHARACTERS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield Buffer.from(text.slice(start, end), 'utf8');
    start = end;
  }
}
