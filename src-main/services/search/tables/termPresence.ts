const TAB = 0x09;
const NEWLINE = 0x0a;
/** Bits per term, and bits set per term: about one word in a hundred not in the table passes. */
const BITS_PER_TERM = 12;
const HASHES = 4;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const encoder = new TextEncoder();

/** FNV-1a over bytes `start` to `end` of `bytes`. */
function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ bytes[at]!, FNV_PRIME);
  return hash >>> 0;
}

/** A second hash mixed from the first (double hashing), odd so that its steps visit every bit. */
function stepOf(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) | 1;
}

/**
 * Which words may be terms of a sorted `term TAB …` table (`terms.txt`): a Bloom filter of its
 * keys, built in one pass over the table's bytes (512 KB for ANT's 210,000 terms). A word it rules
 * out is certainly not a term; one it lets through is looked up in the table as before. Correcting
 * a mistyped word looks up several hundred made-up words, almost none of them terms, each a search
 * through a block of the table (microseconds): ruled out here, each costs a hash of its bytes.
 */
export class TermPresence {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private built = false;
  private scratch = new Uint8Array(64);

  /** Built at the first question, so that opening the tables does not wait for it. */
  constructor(
    private readonly table: Uint8Array,
    terms: number,
  ) {
    let size = 1 << 10;
    while (size < terms * BITS_PER_TERM) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  private build(): void {
    const { table } = this;
    this.built = true;
    // One pass: each line's key is hashed up to its tab, the rest of the line skipped.
    let hash = FNV_OFFSET;
    let inKey = true;
    for (let at = 0; at < table.length; at++) {
      const byte = table[at]!;
      if (byte === NEWLINE) {
        if (inKey) this.add(hash >>> 0);
        hash = FNV_OFFSET;
        inKey = true;
      } else if (inKey) {
        if (byte === TAB) {
          this.add(hash >>> 0);
          inKey = false;
        } else hash = Math.imul(hash ^ byte, FNV_PRIME);
      }
    }
  }

  private add(hash: number): void {
    const step = stepOf(hash);
    for (let k = 0, bit = hash; k < HASHES; k++, bit = (bit + step) >>> 0) {
      const place = bit & this.mask;
      this.bits[place >>> 5]! |= 1 << (place & 31);
    }
  }

  /** False when `word` is certainly not a key of the table. */
  mayHave(word: string): boolean {
    if (!this.built) this.build();
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.scratch.length < word.length * 3) this.scratch = new Uint8Array(word.length * 3);
    const { written } = encoder.encodeInto(word, this.scratch);
    const hash = fnv1a(this.scratch, 0, written);
    const step = stepOf(hash);
    for (let k = 0, bit = hash; k < HASHES; k++, bit = (bit + step) >>> 0) {
      const place = bit & this.mask;
      if ((this.bits[place >>> 5]! & (1 << (place & 31))) === 0) return false;
    }
    return true;
  }
}
