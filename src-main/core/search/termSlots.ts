import { slotOfSaturation, tfSaturation } from './bm25';
import { SEQUENCE_BREAK } from './termSequences';
import type { TermVocabulary } from './termVocabulary';

/**
 * Distinct terms of one field of one document, each with the BM25 slot its posting goes in. Terms
 * are numbers only: the text of each, read from the vocabulary for every posting, cost a random
 * memory access per posting, and only FlexSearch's own `add` needs it (see `PostingIndex`).
 */
export interface SlottedTerms {
  ids: number[];
  slots: number[];
}

/**
 * Counts the terms of a field and turns each count into the slot its posting goes in. Counting
 * uses an array indexed by term number, kept between documents and cleared through the list of
 * what was touched, because it runs for every word of the corpus.
 */
export class TermSlotCounter {
  private counts: Int32Array = new Int32Array(1024);
  private readonly touched: number[] = [];

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
    const { counts, touched } = this;
    let length = 0;
    for (let position = from; position < to; position++) {
      const id = sequence[position]!;
      if (id === SEQUENCE_BREAK) continue;
      length++;
      const seen = counts[id] ?? 0;
      counts[id] = seen + 1;
      if (seen === 0) touched.push(id);
    }
    const slotted: SlottedTerms = { ids: [...touched], slots: [] };
    for (const id of touched) {
      slotted.slots.push(slotOfSaturation(tfSaturation(counts[id]!, length, averageLength)));
      counts[id] = 0;
    }
    touched.length = 0;
    return slotted;
  }
}
