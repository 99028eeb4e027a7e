/**
 * Each element's `k` most similar others, in two flat typed arrays, fed pair by pair in any order;
 * then the mutual pairs (each among the other's `k`), the links that do not chain through hubs.
 */
export class NearestNeighbours {
  private readonly others: Int32Array;
  private readonly similarities: Float32Array;

  constructor(
    size: number,
    private readonly k: number,
  ) {
    this.others = new Int32Array(size * k).fill(-1);
    this.similarities = new Float32Array(size * k).fill(-1);
  }

  /** Records that `a` and `b` are `similarity` alike, for both of them. */
  offer(a: number, b: number, similarity: number): void {
    this.insert(a, b, similarity);
    this.insert(b, a, similarity);
  }

  private insert(owner: number, other: number, similarity: number): void {
    const base = owner * this.k;
    let place = base + this.k - 1;
    if (similarity <= this.similarities[place]!) return;
    while (place > base && similarity > this.similarities[place - 1]!) {
      this.similarities[place] = this.similarities[place - 1]!;
      this.others[place] = this.others[place - 1]!;
      place--;
    }
    this.similarities[place] = similarity;
    this.others[place] = other;
  }

  private has(owner: number, other: number): boolean {
    const base = owner * this.k;
    for (let i = base; i < base + this.k; i++) if (this.others[i] === other) return true;
    return false;
  }

  /** Calls `visit(a, b, similarity)` once for every mutual pair, a < b. */
  forEachMutual(visit: (a: number, b: number, similarity: number) => void): void {
    const size = this.others.length / this.k;
    for (let a = 0; a < size; a++) {
      for (let i = a * this.k; i < (a + 1) * this.k; i++) {
        const b = this.others[i]!;
        if (b > a && this.has(b, a)) visit(a, b, this.similarities[i]!);
      }
    }
  }
}
