/** Document numbers fit in 21 bits, so a (fingerprint, document) pair packs exactly into a double. */
const DOCUMENT_SPACE = 2 ** 21;
export const MAX_DOCUMENT_NUMBER = DOCUMENT_SPACE - 1;

/**
 * The inverted index from fingerprint to documents, compact: a sorted base of (fingerprint,
 * document) pairs in two typed arrays (8 bytes a posting), plus the pairs added since the base was
 * built, appended to one growing array of packed pairs and sorted only when a query needs them.
 * An import adds tens of postings per report and queries none: appending to a typed array costs no
 * allocation per posting, where a map of arrays cost a third of the signing time. Removed
 * documents stay until the next rebuild; the caller skips them. The base is rebuilt when the
 * additions grow past a share of it, so an import of one file does not sort the whole corpus.
 */
export class FingerprintPostings {
  private keys = new Uint32Array(0);
  private documents = new Uint32Array(0);
  private added = new Float64Array(1024);
  private addedCount = 0;
  private addedSorted = true;

  get pendingAdditions(): number {
    return this.addedCount;
  }

  get baseSize(): number {
    return this.keys.length;
  }

  add(document: number, fingerprints: Uint32Array): void {
    const needed = this.addedCount + fingerprints.length;
    if (needed > this.added.length) {
      const grown = new Float64Array(Math.max(needed, this.added.length * 2));
      grown.set(this.added.subarray(0, this.addedCount));
      this.added = grown;
    }
    for (let i = 0; i < fingerprints.length; i++)
      this.added[this.addedCount++] = fingerprints[i]! * DOCUMENT_SPACE + document;
    if (fingerprints.length > 0) this.addedSorted = false;
  }

  /** Rebuilds the base from every live document's fingerprints and empties the additions. */
  rebuild(fingerprintsByDocument: readonly (Uint32Array | undefined)[]): void {
    let total = 0;
    for (const fingerprints of fingerprintsByDocument) total += fingerprints?.length ?? 0;
    const pairs = new Float64Array(total);
    let at = 0;
    fingerprintsByDocument.forEach((fingerprints, document) => {
      if (!fingerprints) return;
      for (const fingerprint of fingerprints) pairs[at++] = fingerprint * DOCUMENT_SPACE + document;
    });
    pairs.sort();
    this.keys = new Uint32Array(total);
    this.documents = new Uint32Array(total);
    for (let i = 0; i < total; i++) {
      const fingerprint = Math.floor(pairs[i]! / DOCUMENT_SPACE);
      this.keys[i] = fingerprint;
      this.documents[i] = pairs[i]! - fingerprint * DOCUMENT_SPACE;
    }
    this.added = new Float64Array(1024);
    this.addedCount = 0;
    this.addedSorted = true;
  }

  /** Calls `visit` for every document listed under `fingerprint`, unless more than `maxDocuments` are. */
  visit(fingerprint: number, maxDocuments: number, visit: (document: number) => void): void {
    const from = lowerBound(this.keys, this.keys.length, fingerprint);
    let to = from;
    while (to < this.keys.length && this.keys[to] === fingerprint) to++;
    if (!this.addedSorted) {
      this.added.subarray(0, this.addedCount).sort();
      this.addedSorted = true;
    }
    const low = fingerprint * DOCUMENT_SPACE;
    const recentFrom = lowerBound(this.added, this.addedCount, low);
    let recentTo = recentFrom;
    while (recentTo < this.addedCount && this.added[recentTo]! < low + DOCUMENT_SPACE) recentTo++;
    if (to - from + (recentTo - recentFrom) > maxDocuments) return;
    for (let i = from; i < to; i++) visit(this.documents[i]!);
    for (let i = recentFrom; i < recentTo; i++) visit(this.added[i]! - low);
  }
}

function lowerBound(sorted: Uint32Array | Float64Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
