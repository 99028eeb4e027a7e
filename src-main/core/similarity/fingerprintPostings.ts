/** Document numbers fit in 21 bits, so a (fingerprint, document) pair packs exactly into a double. */
const DOCUMENT_SPACE = 2 ** 21;
export const MAX_DOCUMENT_NUMBER = DOCUMENT_SPACE - 1;

/**
 * The inverted index from fingerprint to documents, compact: a sorted base of (fingerprint,
 * document) pairs in two typed arrays (8 bytes a posting), plus a small map of what was added since
 * the base was built. Removed documents stay in the base until the next rebuild; the caller skips
 * them. The base is rebuilt when the additions grow past a share of it, so an import of one file
 * costs a map insert, not a sort of the whole corpus.
 */
export class FingerprintPostings {
  private keys = new Uint32Array(0);
  private documents = new Uint32Array(0);
  private readonly added = new Map<number, number[]>();
  private addedCount = 0;

  get pendingAdditions(): number {
    return this.addedCount;
  }

  get baseSize(): number {
    return this.keys.length;
  }

  add(document: number, fingerprints: Uint32Array): void {
    for (const fingerprint of fingerprints) {
      const list = this.added.get(fingerprint);
      if (list) list.push(document);
      else this.added.set(fingerprint, [document]);
    }
    this.addedCount += fingerprints.length;
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
    this.added.clear();
    this.addedCount = 0;
  }

  /** Calls `visit` for every document listed under `fingerprint`, unless more than `maxDocuments` are. */
  visit(fingerprint: number, maxDocuments: number, visit: (document: number) => void): void {
    const from = this.lowerBound(fingerprint);
    let to = from;
    while (to < this.keys.length && this.keys[to] === fingerprint) to++;
    const recent = this.added.get(fingerprint);
    if (to - from + (recent?.length ?? 0) > maxDocuments) return;
    for (let i = from; i < to; i++) visit(this.documents[i]!);
    if (recent) for (const document of recent) visit(document);
  }

  private lowerBound(fingerprint: number): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < fingerprint) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
