import { UnsignedPacker, unpackUnsigned } from './binaryText';

/** Marks a place where words are not adjacent: between title and text, around boilerplate. */
export const SEQUENCE_BREAK = 0xffffffff;

/**
 * Each document's words as term numbers in reading order: the title, a break, then the text with
 * boilerplate replaced by breaks. This is what proximity ranking and phrase checks read, at four
 * bytes a word, so that neither needs the document text (which stays on disk) for every candidate.
 */
export class TermSequences {
  private readonly sequences: (Uint32Array | undefined)[] = [];

  set(document: number, sequence: Uint32Array): void {
    this.sequences[document] = sequence;
  }

  get(document: number): Uint32Array | undefined {
    return this.sequences[document];
  }

  delete(document: number): void {
    this.sequences[document] = undefined;
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
    let document = 0;
    for (let at = 0; at < flat.length; document++) {
      const header = flat[at++]!;
      if (header === 0) continue;
      const sequence = new Uint32Array(header - 1);
      for (let i = 0; i < sequence.length; i++) {
        const value = flat[at++]!;
        sequence[i] = value === 0 ? SEQUENCE_BREAK : value - 1;
      }
      store.set(document, sequence);
    }
    return store;
  }
}
