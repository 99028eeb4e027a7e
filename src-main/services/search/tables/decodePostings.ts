import { VarintReader } from './byteWriter';

/**
 * One posting list as `writeSearchTables` encodes it (per slot its count, then the ascending
 * document numbers as gaps), decoded: each slot's documents, or undefined when it has none. The
 * one-shot reader and the index restored at opening both read postings through this.
 */
export function decodePostings(bytes: Uint8Array): { slots: (number[] | undefined)[]; count: number } {
  const reader = new VarintReader(bytes);
  const slots: (number[] | undefined)[] = [];
  let total = 0;
  for (let slot = 0; !reader.done; slot++) {
    const count = reader.next();
    if (count === 0) continue;
    const documents = new Array<number>(count);
    let document = 0;
    for (let n = 0; n < count; n++) documents[n] = document += reader.next();
    slots[slot] = documents;
    total += count;
  }
  return { slots, count: total };
}
