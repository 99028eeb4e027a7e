import { writeSync } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { putInPlace, temporaryPathFor } from './writeFileDurably';

/**
 * A file written piece by piece, as `writeFileDurably` writes a whole one: into a temporary file
 * beside the target, flushed to disk, then renamed over it. Pieces are written synchronously, so
 * that a caller encoding a large structure can hand each piece to the disk as it is made, in one
 * go, without ever holding the whole file in memory (the search tables of a large corpus are
 * hundreds of megabytes).
 */
export class DurableFileWriter {
  private constructor(
    private readonly targetPath: string,
    private readonly temporaryPath: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(targetPath: string): Promise<DurableFileWriter> {
    const temporaryPath = temporaryPathFor(targetPath);
    return new DurableFileWriter(targetPath, temporaryPath, await open(temporaryPath, 'wx'));
  }

  /** Appends `bytes`; they may be reused by the caller as soon as this returns. */
  write(bytes: Uint8Array): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.handle.fd, bytes, written, bytes.length - written);
  }

  /** Puts the file in place, complete, once it is on disk; the folder is flushed after the rename. */
  async commit(): Promise<void> {
    await putInPlace(this.handle, this.temporaryPath, this.targetPath);
  }

  /** Leaves the target as it was and removes what was written. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.temporaryPath).catch(() => undefined);
  }
}
