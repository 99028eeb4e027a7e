import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Read and hashed 2 MB at a time: a library of 150 MB is hashed without holding it in memory, and
 * each slice holds the thread 5-10 ms, so the window's calls wait no longer behind one.
 */
const SLICE_BYTES = 2 << 20;

/** The SHA-256 of a file's bytes, in hex. */
export async function fileContentHash(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    return await openFileContentHash(handle);
  } finally {
    await handle.close();
  }
}

/** The SHA-256 of the bytes of a file already open, from its start, in hex. */
export async function openFileContentHash(handle: FileHandle): Promise<string> {
  const hash = createHash('sha256');
  const slice = Buffer.allocUnsafe(SLICE_BYTES);
  for (let position = 0; ;) {
    const { bytesRead } = await handle.read(slice, 0, SLICE_BYTES, position);
    if (bytesRead === 0) break;
    hash.update(slice.subarray(0, bytesRead));
    position += bytesRead;
  }
  return hash.digest('hex');
}

/** The SHA-256 of `bytes` in hex, a slice at a time, leaving the thread free between slices (a large library). */
export async function contentHashInSlices(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    if (start > 0) await nextTurn();
    hash.update(bytes.subarray(start, start + SLICE_BYTES));
  }
  return hash.digest('hex');
}
