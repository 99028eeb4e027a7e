import { TF_SLOTS } from './bm25';
import type { PostingRuns } from './corpusTables';
import type { SlottedTerms } from './termSlots';

/** Terms per FlexSearch import part, as in FlexSearch's own export. */
export const TERMS_PER_PART = 20_000;

/** One part of the log as FlexSearch's import reads it: the register, or (term, slotted documents) entries. */
export type LogPart = number[] | [string, (number[] | undefined)[]][];

function grown<T extends Int32Array | Uint8Array>(array: T, make: (size: number) => T): T {
  const copy = make(array.length * 2);
  copy.set(array);
  return copy;
}

/**
 * Postings written down while an index is still empty, to be handed to FlexSearch in one import
 * instead of one `add` per document: the corpus is indexed in a fraction of the time. Entries are
 * (term, document, slot) in insertion order, so each posting list comes out in document order,
 * as FlexSearch's own `add` would have built it.
 */
export class PostingLog {
  private termIds: Int32Array = new Int32Array(4096);
  private slots: Uint8Array = new Uint8Array(4096);
  private length = 0;
  /** One more than the highest term number logged: the runs `grouped` counts. */
  private termCount = 0;
  private readonly documentOrder: number[] = [];
  /**
   * Where each document's entries start, in `documentOrder`'s order: a document's entries are
   * logged together, so its number is kept once rather than beside every entry (four bytes an
   * entry, over a hundred megabytes for a corpus of a hundred thousand reports).
   */
  private readonly documentStarts: number[] = [];
  private groupedCache: GroupedPostings | undefined;

  get size(): number {
    return this.length;
  }

  add(document: number, slotted: SlottedTerms): void {
    if (slotted.ids.length === 0) return;
    this.groupedCache = undefined;
    this.documentOrder.push(document);
    this.documentStarts.push(this.length);
    for (let n = 0; n < slotted.ids.length; n++) {
      if (this.length === this.termIds.length) {
        this.termIds = grown(this.termIds, (size) => new Int32Array(size));
        this.slots = grown(this.slots, (size) => new Uint8Array(size));
      }
      const id = slotted.ids[n]!;
      if (id >= this.termCount) this.termCount = id + 1;
      this.termIds[this.length] = id;
      this.slots[this.length] = slotted.slots[n]!;
      this.length++;
    }
  }

  /**
   * The log in (term, slot) order, documents ascending within each run: run `term * TF_SLOTS +
   * slot` is `documents[starts[run], starts[run + 1])`. Counted once, for both FlexSearch's import
   * and the search tables, until the next `add`.
   */
  private grouped(): GroupedPostings {
    if (this.groupedCache) return this.groupedCache;
    const { termIds, slots, length, documentOrder, documentStarts } = this;
    const runs = this.termCount * TF_SLOTS;
    const starts = new Int32Array(runs + 1);
    for (let i = 0; i < length; i++) starts[termIds[i]! * TF_SLOTS + slots[i]! + 1]!++;
    for (let run = 0; run < runs; run++) starts[run + 1]! += starts[run]!;
    // The postings are moved into run order in one pass that reads the log in order and writes
    // each posting once: gathering them through an index of positions instead read the log at
    // random, twice per posting, and millions of cache misses made most of the time of a large
    // import. Each run's next free place is kept in `starts[run]` itself, which then holds the run's
    // end; shifting by one run gives the starts back without a second array of this size.
    const byRun = new Int32Array(length);
    for (let d = 0; d < documentOrder.length; d++) {
      const document = documentOrder[d]!;
      const end = documentStarts[d + 1] ?? length;
      for (let i = documentStarts[d]!; i < end; i++) byRun[starts[termIds[i]! * TF_SLOTS + slots[i]!]!++] = document;
    }
    starts.copyWithin(1, 0, runs);
    starts[0] = 0;
    this.groupedCache = { starts, documents: byRun };
    return this.groupedCache;
  }

  /**
   * Forgets the grouping `slotted` counted (four bytes a posting), e.g. once the search tables
   * are written from it; it is counted again when needed.
   */
  forgetGrouping(): void {
    this.groupedCache = undefined;
  }

  /**
   * One term's postings by slot, straight from the log (runs of its grouping, not copies), up to
   * its last slot holding any; undefined when the term has none. Valid until the next `add`.
   */
  slotted(termId: number): PostingRuns | undefined {
    if (termId < 0 || termId >= this.termCount) return undefined;
    const { starts, documents } = this.grouped();
    const first = termId * TF_SLOTS;
    let slots = TF_SLOTS;
    while (slots > 0 && starts[first + slots - 1] === starts[first + slots]) slots--;
    return slots === 0 ? undefined : { documents, starts, first, slots };
  }

  /**
   * The postings in FlexSearch's export layout, as (key, data) parts for `Index.import`: the
   * register of document ids, then [term, slots of document ids] entries, each term's text given
   * by `termText`. The data are the arrays themselves, not their JSON: FlexSearch's import takes
   * either, and writing millions of postings as JSON only for it to parse them back cost as much
   * as building them.
   */
  *importParts(termText: (termId: number) => string): Generator<[string, LogPart]> {
    yield ['1.reg', this.documentOrder];
    const { starts, documents } = this.grouped();
    let entries: [string, (number[] | undefined)[]][] = [];
    let part = 1;
    for (let t = 0; t < this.termCount; t++) {
      const first = t * TF_SLOTS;
      if (starts[first] === starts[first + TF_SLOTS]) continue;
      let slotCount = TF_SLOTS;
      while (starts[first + slotCount - 1] === starts[first + slotCount]) slotCount--;
      // Every list is made at its final size: grown by push, the lists of ANT kept about 90 MB
      // of spare capacity.
      const slotted: (number[] | undefined)[] = new Array<number[] | undefined>(slotCount);
      for (let slot = 0; slot < slotCount; slot++) {
        const from = starts[first + slot]!;
        const to = starts[first + slot + 1]!;
        if (from === to) continue;
        const list = new Array<number>(to - from);
        for (let k = from; k < to; k++) list[k - from] = documents[k]!;
        slotted[slot] = list;
      }
      entries.push([termText(t), slotted]);
      if (entries.length === TERMS_PER_PART) {
        yield [`${part++}.map`, entries];
        entries = [];
      }
    }
    if (entries.length > 0) yield [`${part}.map`, entries];
  }
}

interface GroupedPostings {
  starts: Int32Array;
  documents: Int32Array;
}
