import { uint32Slab } from './arraySlab';
import { UnsignedPacker, unpackUnsigned } from './binaryText';

/** Dropped words are copied away only when there are this many, not for the first few updates. */
const MIN_LENGTH_TO_COPY = 1 << 20;

/** Whether the array is a view of a buffer that holds more (a slab's chunk, a table file read whole). */
const sharesBuffer = (array: Uint32Array) => array.byteLength !== array.buffer.byteLength;

/** Marks a place where words are not adjacent: between title and text, around boilerplate. */
export const SEQUENCE_BREAK = 0xffffffff;

/**
 * Each document's words as term numbers in reading order: the title, a break, then the text with
 * boilerplate replaced by breaks. This is what proximity ranking and phrase checks read, at four
 * bytes a word, so that neither needs the document text (which stays on disk) for every candidate.
 */
export class TermSequences {
  private sequences: (Uint32Array | undefined)[] = [];
  private slab = uint32Slab();
  /**
   * Words in the sequences held that share a buffer with others, and in those dropped since they
   * were last copied together: a long sequence has a buffer of its own, freed when it is dropped.
   */
  private heldLength = 0;
  private droppedLength = 0;

  /** `minLengthToCopy`: dropped words below which nothing is copied (tests make it small). */
  constructor(private readonly minLengthToCopy = MIN_LENGTH_TO_COPY) {}

  /** Keeps a copy of `sequence`, a document's words just read, with the others (see ArraySlab). */
  add(document: number, sequence: Uint32Array): void {
    this.set(document, this.slab.copyOf(sequence));
  }

  /** Keeps `sequence` itself: a view of a buffer that holds the sequences of many documents. */
  set(document: number, sequence: Uint32Array): void {
    this.drop(document);
    this.sequences[document] = sequence;
    if (sharesBuffer(sequence)) this.heldLength += sequence.length;
  }

  get(document: number): Uint32Array | undefined {
    return this.sequences[document];
  }

  delete(document: number): void {
    this.drop(document);
    this.sequences[document] = undefined;
    if (this.droppedLength > Math.max(this.heldLength, this.minLengthToCopy)) this.copyTogether();
  }

  private drop(document: number): void {
    const sequence = this.sequences[document];
    if (sequence === undefined || !sharesBuffer(sequence)) return;
    this.heldLength -= sequence.length;
    this.droppedLength += sequence.length;
  }

  /** Copies the sequences held that share buffers into a new slab, so that the old can be freed. */
  private copyTogether(): void {
    const slab = uint32Slab();
    this.sequences = this.sequences.map((sequence) =>
      sequence && sharesBuffer(sequence) ? slab.copyOf(sequence) : sequence,
    );
    this.slab = slab;
    this.droppedLength = 0;
  }

  /** All sequences as text: per document its length plus one (0 for none), then its terms. */
  pack(): string {
    let total = 0;
    for (const sequence of this.sequences) total += 1 + (sequence?.length ?? 0);
    const packer = new UnsignedPacker(total);
    for (const sequence of this.sequences) {
      if (!sequence) {
        packer.push(0);
        continue;
      }
      packer.push(sequence.length + 1);
      // Breaks are stored as 0 and terms shifted by one, so that the varints stay short.
      for (let i = 0; i < sequence.length; i++) packer.push(sequence[i] === SEQUENCE_BREAK ? 0 : sequence[i]! + 1);
    }
    return packer.text();
  }

  static unpack(text: string): TermSequences {
    const flat = unpackUnsigned(text);
    const store = new TermSequences();
    let sequence = new Uint32Array(1024);
    let document = 0;
    for (let at = 0; at < flat.length; document++) {
      const header = flat[at++]!;
      if (header === 0) continue;
      const length = header - 1;
      if (length > sequence.length) sequence = new Uint32Array(length);
      for (let i = 0; i < length; i++) {
        const value = flat[at++]!;
        sequence[i] = value === 0 ? SEQUENCE_BREAK : value - 1;
      }
      store.add(document, sequence.subarray(0, length));
    }
    return store;
  }
}
