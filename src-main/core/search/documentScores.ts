/** A score, a place in the touched list and a count: the widest first, so each is aligned. */
const BYTES_PER_DOCUMENT =
  Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT + Uint16Array.BYTES_PER_ELEMENT;

/**
 * A score per document number, for the documents one query step touched. Reused across queries
 * (typed arrays plus the list of touched documents), so a query allocates nothing per posting.
 * `reserve` must cover every document number before `max`/`add` are called: the hot loops over
 * posting lists then run without any capacity check.
 */
export class DocumentScores {
  private values: Float64Array = new Float64Array(1024);
  private counts: Uint16Array = new Uint16Array(1024);
  private touchedList: Int32Array = new Int32Array(1024);
  private touchedCount = 0;

  /**
   * Makes room for document numbers below `capacity`. The three arrays share one buffer: a search
   * reserves a dozen of these, and one large allocation is handed zeroed pages that cost nothing
   * until a document is touched, where three smaller ones were each cleared in full (a few
   * milliseconds of a one-shot command, most of them page faults).
   */
  reserve(capacity: number): void {
    if (capacity <= this.values.length) return;
    let size = this.values.length;
    while (size < capacity) size *= 2;
    const buffer = new ArrayBuffer(size * BYTES_PER_DOCUMENT);
    const values = new Float64Array(buffer, 0, size);
    const touchedList = new Int32Array(buffer, size * Float64Array.BYTES_PER_ELEMENT, size);
    const counts = new Uint16Array(
      buffer,
      size * (Float64Array.BYTES_PER_ELEMENT + Int32Array.BYTES_PER_ELEMENT),
      size,
    );
    values.set(this.values);
    touchedList.set(this.touchedList.subarray(0, this.touchedCount));
    counts.set(this.counts);
    this.values = values;
    this.touchedList = touchedList;
    this.counts = counts;
  }

  /** Keeps the larger of the current score and `value`. */
  max(document: number, value: number): void {
    if (this.counts[document] === 0) {
      this.counts[document] = 1;
      this.touchedList[this.touchedCount++] = document;
      this.values[document] = value;
    } else if (value > this.values[document]!) {
      this.values[document] = value;
    }
  }

  /** Adds `value` to the score and one to the document's count. */
  add(document: number, value: number): void {
    const count = this.counts[document] ?? 0;
    this.counts[document] = count + 1;
    if (count === 0) this.touchedList[this.touchedCount++] = document;
    this.values[document] = (this.values[document] ?? 0) + value;
  }

  /** Adds every score here to `target` (one count each): how clause scores sum into a total. */
  addAllTo(target: DocumentScores): void {
    const { values, touchedList } = this;
    for (let n = 0; n < this.touchedCount; n++) {
      const document = touchedList[n]!;
      target.add(document, values[document]!);
    }
  }

  has(document: number): boolean {
    return document < this.counts.length && this.counts[document] !== 0;
  }

  get(document: number): number {
    return document < this.values.length ? this.values[document]! : 0;
  }

  /** How many times `add` counted the document (1 for any document `max` touched). */
  count(document: number): number {
    return document < this.counts.length ? this.counts[document]! : 0;
  }

  get size(): number {
    return this.touchedCount;
  }

  /** The n-th touched document, in the order they were first touched. */
  documentAt(n: number): number {
    return this.touchedList[n]!;
  }

  clear(): void {
    const { values, counts, touchedList } = this;
    for (let n = 0; n < this.touchedCount; n++) {
      const document = touchedList[n]!;
      values[document] = 0;
      counts[document] = 0;
    }
    this.touchedCount = 0;
  }
}
