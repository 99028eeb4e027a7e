/**
 * Per term number, the clauses of one query a term satisfies, as bit masks (see `QueryMatcher`):
 * in any field, in titles only, and in exactly the form asked for. A search keeps one of these
 * and reuses it from query to query: three arrays as long as the vocabulary (hundreds of thousands
 * of terms) were allocated and zeroed at every search, milliseconds and megabytes of garbage each
 * time, for the few hundred terms a query marks. Only the marked terms are cleared.
 */
export class TermMasks {
  private any = new Uint32Array(0);
  private title = new Uint32Array(0);
  private exact = new Uint32Array(0);
  private marked: number[] = [];

  /** Clears the marks of the query before and covers term numbers below `size`. */
  reset(size: number): void {
    for (const id of this.marked) {
      this.any[id] = 0;
      this.title[id] = 0;
      this.exact[id] = 0;
    }
    this.marked = [];
    if (size > this.any.length) {
      this.any = new Uint32Array(size);
      this.title = new Uint32Array(size);
      this.exact = new Uint32Array(size);
    }
  }

  markAny(id: number, bits: number): void {
    this.any[id]! |= bits;
    this.marked.push(id);
  }

  markTitle(id: number, bits: number): void {
    this.title[id]! |= bits;
    this.marked.push(id);
  }

  markExact(id: number, bits: number): void {
    this.exact[id]! |= bits;
    this.marked.push(id);
  }

  /** Clauses the term matches anywhere (0 for a term number never marked or past the vocabulary). */
  anyOf(id: number): number {
    return this.any[id] ?? 0;
  }

  /** Clauses the term matches in a title only (`title:` terms). */
  titleOf(id: number): number {
    return this.title[id] ?? 0;
  }

  /** Clauses whose word is this very term. */
  exactOf(id: number): number {
    return this.exact[id] ?? 0;
  }
}
