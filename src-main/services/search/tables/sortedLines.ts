import { LINES_PER_BLOCK } from './searchTablesLayout';
import type { TableFile } from './tableFile';

/** A line of a sorted table: its key (the text before the first tab) and the rest after it. */
export interface TableLine {
  key: string;
  rest: string;
}

const NEWLINE = 0x0a;

/**
 * A sorted file of `key TAB …` lines (`terms.txt`, `stems.txt`), found through the first key and
 * byte offset of each block of lines: a lookup reads one block, a prefix reads the blocks that
 * hold it. Blocks read are kept until `forget` (for a one-shot command, its whole life).
 *
 * A lookup searches the block's bytes for the key's line natively rather than decoding the block
 * into lines: correcting a typed word looks up a few hundred words spread over as many blocks,
 * and only the line found is worth turning into strings. A resident file's blocks are read in
 * place, so they are neither copied nor kept (nor counted in `remembered`): a long-lived index
 * that counted them forgot everything it had read after a few dozen such corrections.
 */
export class SortedLines {
  private readonly blocks = new Map<number, Buffer>();
  private readonly decoded = new Map<number, TableLine[]>();

  constructor(
    private readonly file: TableFile,
    private readonly starts: readonly (readonly [string, number])[],
  ) {}

  /** Lines held in the blocks read so far. */
  get remembered(): number {
    // Decoded blocks are among the blocks kept or, for a resident file, the only ones kept.
    return Math.max(this.blocks.size, this.decoded.size) * LINES_PER_BLOCK;
  }

  forget(): void {
    this.blocks.clear();
    this.decoded.clear();
  }

  /** The last block whose first key is at most `key` (0 when none is). */
  private blockFor(key: string): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]![0] <= key) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private block(place: number): Buffer {
    let bytes = this.blocks.get(place);
    if (!bytes) {
      const start = this.starts[place]![1];
      const end = this.starts[place + 1]?.[1] ?? this.file.size;
      bytes = this.file.view(start, end - start);
      if (!this.file.isResident) this.blocks.set(place, bytes);
    }
    return bytes;
  }

  private lines(place: number): TableLine[] {
    let lines = this.decoded.get(place);
    if (!lines) {
      lines = this.block(place)
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const tab = line.indexOf('\t');
          return { key: line.slice(0, tab), rest: line.slice(tab + 1) };
        });
      this.decoded.set(place, lines);
    }
    return lines;
  }

  find(key: string): TableLine | undefined {
    if (this.starts.length === 0) return undefined;
    const block = this.block(this.blockFor(key));
    // Every line of a block, its first included, follows a newline (or the block's start).
    const line = Buffer.from(`\n${key}\t`);
    let restStart: number;
    if (block.compare(line, 1, line.length, 0, Math.min(block.length, line.length - 1)) === 0) {
      restStart = line.length - 1;
    } else {
      const found = block.indexOf(line);
      if (found < 0) return undefined;
      restStart = found + line.length;
    }
    const end = block.indexOf(NEWLINE, restStart);
    return { key, rest: block.toString('utf8', restStart, end < 0 ? block.length : end) };
  }

  /** Every line whose key begins with `prefix`, in key order. */
  withPrefix(prefix: string): TableLine[] {
    const found: TableLine[] = [];
    for (let place = this.blockFor(prefix); place < this.starts.length; place++) {
      for (const line of this.lines(place)) {
        if (line.key.startsWith(prefix)) found.push(line);
        else if (line.key > prefix) return found;
      }
    }
    return found;
  }
}
