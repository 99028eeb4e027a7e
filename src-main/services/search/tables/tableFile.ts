import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** One file of the search tables, open for positional reads of the few parts a query needs. */
export class TableFile {
  private readonly fd: number;
  readonly size: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  /** Fills `into` (bytes, or 32-bit words) from byte `position` on; a short file is an error. */
  readInto(into: Uint8Array | Uint32Array, position: number): void {
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

  close(): void {
    closeSync(this.fd);
  }
}
