import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * One file of the search tables, open for positional reads of the few parts a query needs, or
 * read whole once (`resident`) for a process that queries it many times: a query then copies from
 * memory instead of making a system call per posting list and per term sequence.
 */
export class TableFile {
  private readonly fd: number;
  readonly size: number;
  private readonly contents: Uint8Array | undefined;

  constructor(
    readonly path: string,
    options: { resident?: boolean } = {},
  ) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
    if (options.resident) {
      const contents = new Uint8Array(this.size);
      this.readInto(contents, 0);
      this.contents = contents;
    }
  }

  /** Fills `into` (bytes, or 32-bit words) from byte `position` on; a short file is an error. */
  readInto(into: Uint8Array | Uint32Array, position: number): void {
    if (this.contents) {
      if (position + into.byteLength > this.contents.length)
        throw new Error(`${this.path} ends before byte ${position + into.byteLength}`);
      new Uint8Array(into.buffer, into.byteOffset, into.byteLength).set(
        this.contents.subarray(position, position + into.byteLength),
      );
      return;
    }
    let done = 0;
    while (done < into.byteLength) {
      const read = readSync(this.fd, into, done, into.byteLength - done, position + done);
      if (read === 0) throw new Error(`${this.path} ends before byte ${position + into.byteLength}`);
      done += read;
    }
  }

  bytes(position: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    this.readInto(bytes, position);
    return bytes;
  }

  /** Whether the file is held in memory, so that `view` copies nothing. */
  get isResident(): boolean {
    return this.contents !== undefined;
  }

  /**
   * The bytes at `position`, for reading at once and not keeping: the file's own memory when it is
   * resident (no copy, so the caller must not write into them), else a fresh copy from disk.
   */
  view(position: number, length: number): Buffer {
    const { contents } = this;
    if (!contents) return this.bytes(position, length);
    if (position + length > contents.length) throw new Error(`${this.path} ends before byte ${position + length}`);
    return Buffer.from(contents.buffer, contents.byteOffset + position, length);
  }

  /**
   * `count` 32-bit words from byte `position` (a multiple of 4) on, for reading and not writing:
   * the file's own memory when it is resident, else a fresh copy from disk.
   */
  words(position: number, count: number): Uint32Array {
    const { contents } = this;
    if (!contents || position % 4 !== 0) {
      const words = new Uint32Array(count);
      this.readInto(words, position);
      return words;
    }
    if (position + count * 4 > contents.length)
      throw new Error(`${this.path} ends before byte ${position + count * 4}`);
    return new Uint32Array(contents.buffer, contents.byteOffset + position, count);
  }

  close(): void {
    closeSync(this.fd);
  }
}
