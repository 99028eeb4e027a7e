import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** Read a megabyte at a time: a library of 150 MB is hashed without holding it in memory. */
const CHUNK_BYTES = 1 << 20;

/** The SHA-256 of a file's bytes, in hex. */
export async function fileContentHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      hash.update(chunk.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}
