/**
 * Candidates handed out one at a time, best first: the highest key first and, of equal keys, the
 * lower document number. A heap is built over all of them at once, in linear time, and each take
 * costs O(log n), so a caller that stops after r of n candidates pays O(n + r log n). Re-ranking
 * by proximity stops after a few dozen of a common word's thousands: putting its whole depth (a
 * thousand) in order up front cost O(n log k), and in a one-shot command, whose code has not been
 * optimized yet, most of its garbage.
 */
export class BestFirst {
  /** Positions in `documents` and `keys`; the first `size` of them form the heap. */
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    private readonly documents: Int32Array,
    private readonly keys: Float64Array,
  ) {
    const count = documents.length;
    this.heap = new Int32Array(count);
    for (let position = 0; position < count; position++) this.heap[position] = position;
    this.size = count;
    for (let at = (count >> 1) - 1; at >= 0; at--) this.siftDown(at);
  }

  /** How many candidates are left to take. */
  get remaining(): number {
    return this.size;
  }

  /** The best document not taken yet, or undefined when every one has been. */
  take(): number | undefined {
    if (this.size === 0) return undefined;
    const best = this.heap[0]!;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size]!;
      this.siftDown(0);
    }
    return this.documents[best];
  }

  /** Whether the candidate at position `a` comes before the one at `b`. */
  private before(a: number, b: number): boolean {
    const keyA = this.keys[a]!;
    const keyB = this.keys[b]!;
    return keyA > keyB || (keyA === keyB && this.documents[a]! < this.documents[b]!);
  }

  /** Moves the candidate at heap place `from` down until both its children come after it. */
  private siftDown(from: number): void {
    const { heap, size } = this;
    const moving = heap[from]!;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.before(heap[right]!, heap[left]!) ? right : left;
      if (!this.before(heap[child]!, moving)) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = moving;
  }
}
