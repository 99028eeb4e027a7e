/**
 * Finds index records by SHA-256: an open-addressing hash table over the hashes' first 32 bits,
 * holding record numbers in typed arrays: eight bytes a slot, a fraction of what a `Map` keyed
 * by hex hash costs a text.
 * Records whose hashes share their first 32 bits are told apart by `matches`, which compares whole hashes.
 */
export class RecordTable {
  /** Per slot, the record number plus one (0: an empty slot). */
  private records = new Uint32Array(1 << 10);
  /** Per slot, the first 32 bits of the record's hash. */
  private keys = new Uint32Array(1 << 10);
  private count = 0;

  /** `matches(record, hash)`: whether record number `record` is that of hash `hash`. */
  constructor(private readonly matches: (record: number, hash: Buffer) => boolean) {}

  /** Adds record number `record`, whose hash begins with the 32 bits `key`. */
  add(key: number, record: number): void {
    if ((this.count + 1) * 2 > this.records.length) this.grow();
    this.place(key, record + 1);
    this.count++;
  }

  /** The number of a record added for `hash` (32 bytes), or undefined. */
  find(hash: Buffer): number | undefined {
    const key = hash.readUInt32BE(0);
    const mask = this.records.length - 1;
    for (let slot = key & mask; this.records[slot] !== 0; slot = (slot + 1) & mask) {
      const record = this.records[slot]! - 1;
      if (this.keys[slot] === key && this.matches(record, hash)) return record;
    }
    return undefined;
  }

  private place(key: number, recordPlusOne: number): void {
    const mask = this.records.length - 1;
    let slot = key & mask;
    while (this.records[slot] !== 0) slot = (slot + 1) & mask;
    this.records[slot] = recordPlusOne;
    this.keys[slot] = key;
  }

  private grow(): void {
    const { records, keys } = this;
    this.records = new Uint32Array(records.length * 2);
    this.keys = new Uint32Array(keys.length * 2);
    for (const [slot, record] of records.entries()) if (record !== 0) this.place(keys[slot]!, record);
  }
}
