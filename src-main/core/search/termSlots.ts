import { slotOfSaturation, tfSaturation } from './bm25';
import { SEQUENCE_BREAK } from './termSequences';
import type { TermVocabulary } from './termVocabulary';

/**
 * Distinct terms of one field of one document, each with the BM25 slot its posting goes in. Terms
 * are numbers only: the text of each, read from the vocabulary for every posting, cost a random
 * memory access per posting, and only FlexSearch's own `add` needs it (see `PostingIndex`).
 */
export interface SlottedTerms {
  /** The distinct term numbers, in the order first met. */
  ids: Uint32Array;
  /** The slot of each. */
  slots: Uint8Array;
}

/**
 * Counts the terms of a field and turns each count into the slot its posting goes in. Counting
 * uses an array indexed by term number, kept between documents and cleared through the list of
 * what was touched, because it runs for every word of the corpus. What it returns is a view of
 * arrays kept too, valid until its next count: two arrays of numbers a field of every report were
 * a fifth of all the search worker allocated during an import.
 */
export class TermSlotCounter {
  private counts: Int32Array = new Int32Array(1024);
  private touched: Uint32Array = new Uint32Array(1024);
  private slots: Uint8Array = new Uint8Array(1024);

  count(
    sequence: Uint32Array,
    from: number,
    to: number,
    vocabulary: TermVocabulary,
    averageLength: number,
  ): SlottedTerms {
    if (vocabulary.size >= this.counts.length) {
      let size = this.counts.length;
      while (size <= vocabulary.size) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.counts);
      this.counts = grown;
    }
    // A field has at most as many distinct terms as positions.
    if (to - from > this.touched.length) {
      let size = this.touched.length;
      while (size < to - from) size *= 2;
      this.touched = new Uint32Array(size);
      this.slots = new Uint8Array(size);
    }
    const { counts, touched, slots } = this;
    let length = 0;
    let distinct = 0;
    for (let position = from; position < to; position++) {
      const id = sequence[position]!;
      if (id === SEQUENCE_BREAK) continue;
      length++;
      const seen = counts[id] ?? 0;
      counts[id] = seen + 1;
      if (seen === 0) touched[distinct++] = id;
    }
    for (let n = 0; n < distinct; n++) {
      const id = touched[n]!;
      slots[n] = slotOfSaturation(tfSaturation(counts[id]!, length, averageLength));
      counts[id] = 0;
    }
    return { ids: touched.subarray(0, distinct), slots: slots.subarray(0, distinct) };
  }
}
