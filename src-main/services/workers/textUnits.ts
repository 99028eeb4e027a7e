/**
 * A text on its way to the search index: a string, or its UTF-16 code units in a buffer that a
 * message between threads transfers rather than copies. The import workers send each file's texts
 * as code units in one buffer of the file's own; the main thread, which decides what is indexed,
 * hands the buffers on to the search worker as they came (a file's reports go to the index in one
 * call, as a buffer can be transferred only once), copying out only the texts it takes of a file
 * whose other reports it does not. Sent as strings, every text was copied into the main thread's
 * heap and out again, and held there until the index took it: ANT's texts grew that heap by some
 * 30 MB at the end of its import. Code units, unlike UTF-8, are copied into a string without being
 * decoded.
 */
export type IndexText = string | Uint16Array;

/** `texts` as code units, in one buffer of their own (even for none or empty texts). */
export function textUnits(texts: readonly string[]): Uint16Array[] {
  return inOneBuffer(texts, (units, text) =>
    // UTF-16LE writes each code unit as it is, lone surrogates too: the text comes back the same.
    Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(text, 'utf16le'),
  );
}

/** Copies of `texts`, together in one buffer of their own. */
export function copiedTogether(texts: readonly Uint16Array[]): Uint16Array[] {
  return inOneBuffer(texts, (units, text) => units.set(text));
}

/** One view for each of `texts` (each as long as it), one after another in a new buffer, filled by `fill`. */
function inOneBuffer<Text extends { length: number }>(
  texts: readonly Text[],
  fill: (units: Uint16Array, text: Text) => void,
): Uint16Array[] {
  let total = 0;
  for (const text of texts) total += text.length;
  const buffer = new ArrayBuffer(total * Uint16Array.BYTES_PER_ELEMENT);
  let at = 0;
  return texts.map((text) => {
    const units = new Uint16Array(buffer, at * Uint16Array.BYTES_PER_ELEMENT, text.length);
    fill(units, text);
    at += text.length;
    return units;
  });
}

/** The text as a string. */
export function textString(text: IndexText): string {
  return typeof text === 'string'
    ? text
    : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf16le');
}

/** The buffers that hold `texts`' code units, each once: what a message that carries them transfers. */
export function textBuffers(texts: Iterable<IndexText>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const text of texts) if (typeof text !== 'string') buffers.add(text.buffer as ArrayBuffer);
  return [...buffers];
}
