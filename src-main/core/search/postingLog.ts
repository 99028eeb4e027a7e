import { TF_SLOTS } from './bm25';
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
  private documents: Int32Array = new Int32Array(4096);
  private slots: Uint8Array = new Uint8Array(4096);
  private length = 0;
  private readonly terms: string[] = [];
  private readonly documentOrder: number[] = [];

  get size(): number {
    return this.length;
  }

  add(document: number, slotted: SlottedTerms): void {
    if (slotted.ids.length === 0) return;
    this.documentOrder.push(document);
    for (let n = 0; n < slotted.ids.length; n++) {
      if (this.length === this.termIds.length) {
        this.termIds = grown(this.termIds, (size) => new Int32Array(size));
        this.documents = grown(this.documents, (size) => new Int32Array(size));
        this.slots = grown(this.slots, (size) => new Uint8Array(size));
      }
      const id = slotted.ids[n]!;
      this.terms[id] ??= slotted.terms[n]!;
      this.termIds[this.length] = id;
      this.documents[this.length] = document;
      this.slots[this.length] = slotted.slots[n]!;
      this.length++;
    }
  }

  /**
   * The postings in FlexSearch's export layout, as (key, data) parts for `Index.import`: the
   * register of document ids, then [term, slots of document ids] entries, grouped by a counting
   * sort on term number. The data are the arrays themselves, not their JSON: FlexSearch's import
   * takes either, and writing millions of postings as JSON only for it to parse them back cost
   * as much as building them.
   */
  *importParts(): Generator<[string, LogPart]> {
    yield ['1.reg', this.documentOrder];
    const { termIds, documents, slots, length } = this;
    const termCount = this.terms.length;
    const starts = new Int32Array(termCount + 1);
    for (let i = 0; i < length; i++) starts[termIds[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
    // The postings are moved into term order in one pass that reads the log in order and writes
    // each posting once: gathering them through an index of positions instead read the log at
    // random, twice per posting, and millions of cache misses made most of the time of a large import.
    const cursor = starts.slice(0, termCount);
    const byTermDocuments = new Int32Array(length);
    const byTermSlots = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const place = cursor[termIds[i]!]!++;
      byTermDocuments[place] = documents[i]!;
      byTermSlots[place] = slots[i]!;
    }
    let entries: [string, (number[] | undefined)[]][] = [];
    let part = 1;
    const perSlot = new Int32Array(TF_SLOTS);
    for (let t = 0; t < termCount; t++) {
      const from = starts[t]!;
      const to = starts[t + 1]!;
      if (from === to) continue;
      // Counted first, so that every list is made at its final size: grown by push, the lists of
      // ANT kept about 90 MB of spare capacity (JSON.parse, used before, made them exact too).
      perSlot.fill(0);
      let slotCount = 0;
      for (let k = from; k < to; k++) {
        const slot = byTermSlots[k]!;
        perSlot[slot]!++;
        if (slot >= slotCount) slotCount = slot + 1;
      }
      const slotted: (number[] | undefined)[] = new Array<number[] | undefined>(slotCount);
      for (let slot = 0; slot < slotCount; slot++) {
        if (perSlot[slot]! > 0) slotted[slot] = new Array<number>(perSlot[slot]!);
        perSlot[slot] = 0;
      }
      for (let k = from; k < to; k++) {
        const slot = byTermSlots[k]!;
        slotted[slot]![perSlot[slot]!++] = byTermDocuments[k]!;
      }
      entries.push([this.terms[t]!, slotted]);
      if (entries.length === TERMS_PER_PART) {
        yield [`${part++}.map`, entries];
        entries = [];
      }
    }
    if (entries.length > 0) yield [`${part}.map`, entries];
  }
}
