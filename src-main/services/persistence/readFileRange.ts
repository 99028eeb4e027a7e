import type { FileHandle } from 'node:fs/promises';

/**
 * `length` bytes of `file` from byte `at` (fewer at its end), in as few reads as the system allows.
 * `readFile` reads 512 KiB at a time, each a round trip to the thread pool that then waits for a
 * turn of an event loop a project may keep busy as it opens: read so, ANT's 31 MB library listing
 * answered the first screen's `library.list` 2.2-2.6 s after `qarin serve` started, and 1.6 s read
 * at once.
 */
export async function readFileRange(file: FileHandle, at: number, length: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(bytes, filled, length - filled, at + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return bytes.subarray(0, filled);
}
