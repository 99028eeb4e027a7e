import { LINES_PER_BLOCK } from './searchTablesLayout';
import type { TableFile } from './tableFile';

const decoder = new TextDecoder();

/** A line of a sorted table: its key (the text before the first tab) and the rest after it. */
export interface TableLine {
  key: string;
  rest: string;
}

/**
 * A sorted file of `key TAB …` lines (`terms.txt`, `stems.txt`), found through the first key and
 * byte offset of each block of lines: a lookup reads one block, a prefix reads the blocks that
 * hold it. Blocks read are kept until `forget` (for a one-shot command, its whole life).
 */
export class SortedLines {
  private readonly blocks = new Map<number, TableLine[]>();

  constructor(
    private readonly file: TableFile,
    private readonly starts: readonly (readonly [string, number])[],
  ) {}

  /** Lines held in the blocks read so far. */
  get remembered(): number {
    return this.blocks.size * LINES_PER_BLOCK;
  }

  forget(): void {
    this.blocks.clear();
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

  private block(place: number): TableLine[] {
    let lines = this.blocks.get(place);
    if (!lines) {
      const start = this.starts[place]![1];
      const end = this.starts[place + 1]?.[1] ?? this.file.size;
      lines = decoder
        .decode(this.file.bytes(start, end - start))
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const tab = line.indexOf('\t');
          return { key: line.slice(0, tab), rest: line.slice(tab + 1) };
        });
      this.blocks.set(place, lines);
    }
    return lines;
  }

  find(key: string): TableLine | undefined {
    if (this.starts.length === 0) return undefined;
    return this.block(this.blockFor(key)).find((line) => line.key === key);
  }

  /** Every line whose key begins with `prefix`, in key order. */
  withPrefix(prefix: string): TableLine[] {
    const found: TableLine[] = [];
    for (let place = this.blockFor(prefix); place < this.starts.length; place++) {
      for (const line of this.block(place)) {
        if (line.key.startsWith(prefix)) found.push(line);
        else if (line.key > prefix) return found;
      }
    }
    return found;
  }
}
