const EMPTY = -1;
const MAX_LOAD = 0.5;

function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function hashUnits(units: Uint16Array, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ units[i]!, 0x01000193);
  return hash | 0;
}

/**
 * Strings numbered in order of first appearance, looked up by string or straight from a buffer of
 * UTF-16 units (open addressing, FNV-1a). Indexing a corpus meets each word millions of times and
 * creates its string once: a Map would need a fresh string, and its hash, for every occurrence.
 */
export class InternTable {
  private readonly values: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /** Every value's units back to back, so comparing a candidate reads one flat array. */
  private pool: Uint16Array = new Uint16Array(8192);
  private poolLength = 0;
  private offsets: Int32Array = new Int32Array(1025);
  /** Pairs (hash, id), so a probe compares hashes without a second random memory access. */
  private slots: Int32Array = new Int32Array(2 * 2048).fill(EMPTY);

  get size(): number {
    return this.values.length;
  }

  value(id: number): string {
    return this.values[id] ?? '';
  }

  all(): readonly string[] {
    return this.values;
  }

  idOf(value: string): number | undefined {
    const hash = hashString(value);
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]!;
      if (id === EMPTY) return undefined;
      if (slots[2 * slot] === hash && this.values[id] === value) return id;
    }
  }

  idOfUnits(units: Uint16Array, length: number): number | undefined {
    const hash = hashUnits(units, length);
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]!;
      if (id === EMPTY) return undefined;
      if (slots[2 * slot] === hash && this.poolMatches(id, units, length)) return id;
    }
  }

  /** The number of `value`, adding it when new. */
  intern(value: string): number {
    return this.idOf(value) ?? this.insert(value, hashString(value));
  }

  /** The number of the word in `units[0, length)`, adding it (as a new string) when new. */
  internUnits(units: Uint16Array, length: number): number {
    const id = this.idOfUnits(units, length);
    if (id !== undefined) return id;
    const value =
      length === 1
        ? String.fromCharCode(units[0]!)
        : String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
    return this.insert(value, hashUnits(units, length));
  }

  private poolMatches(id: number, units: Uint16Array, length: number): boolean {
    const start = this.offsets[id]!;
    if (this.offsets[id + 1]! - start !== length) return false;
    const { pool } = this;
    for (let i = 0; i < length; i++) if (pool[start + i] !== units[i]) return false;
    return true;
  }

  private insert(value: string, hash: number): number {
    const id = this.values.length;
    this.values.push(value);
    if (id === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
      const offsets = new Int32Array(this.hashes.length + 1);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    if (this.poolLength + value.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + value.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let i = 0; i < value.length; i++) this.pool[this.poolLength++] = value.charCodeAt(i);
    this.offsets[id + 1] = this.poolLength;
    this.hashes[id] = hash;
    if (this.values.length > (this.slots.length >> 1) * MAX_LOAD) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    const hash = this.hashes[id]!;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let id = 0; id < this.values.length; id++) this.place(id);
  }
}
