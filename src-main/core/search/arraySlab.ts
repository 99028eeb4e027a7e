/** A typed array a slab can hand out views of. */
type SlabArray = Uint32Array<ArrayBuffer> | Float32Array<ArrayBuffer>;

/** Values a chunk holds, 256 KB of four-byte values. */
const CHUNK_LENGTH = 1 << 16;
/** Arrays longer than this get a buffer of their own, so a chunk never leaves much of its end unused. */
const LARGEST_SHARED = CHUNK_LENGTH >> 4;

/**
 * Keeps many small typed arrays as views of a few large buffers. An index keeps a few arrays for
 * every document (its words in order, its fingerprints, its keywords), 120,000 over ANT; each of
 * its own costs some 200 bytes besides its values (the buffer object and the engine's record of
 * its memory), 24 MB over ANT, where a view of a shared buffer costs its view object alone. A view
 * keeps its whole chunk alive, so an owner that drops arrays copies those it still holds into a
 * new slab from time to time, letting the old chunks go.
 */
export class ArraySlab<Values extends SlabArray> {
  private chunk: Values | undefined;
  private used = 0;

  constructor(private readonly make: (length: number) => Values) {}

  /** A copy of `values`, as a view of a shared chunk when it is small. */
  copyOf(values: ArrayLike<number>): Values {
    const { length } = values;
    if (length > LARGEST_SHARED) {
      const own = this.make(length);
      own.set(values);
      return own;
    }
    if (this.chunk === undefined || this.used + length > this.chunk.length) {
      this.chunk = this.make(CHUNK_LENGTH);
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + length) as Values;
    view.set(values);
    this.used += length;
    return view;
  }
}

export const uint32Slab = () => new ArraySlab((length) => new Uint32Array(length));
export const float32Slab = () => new ArraySlab((length) => new Float32Array(length));
