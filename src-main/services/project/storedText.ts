import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Where the text store keeps a text, and how one is read back, apart from `TextStore`: a one-shot
 * command reads the texts of the hits it shows and need not load what writing them takes
 * (`node:worker_threads`, some milliseconds of its start).
 */

/** The file of the text of SHA-256 `sha256`, sharded by the hash's first two hex digits. */
export function storedTextPath(dir: string, sha256: string): string {
  return join(dir, sha256.slice(0, 2), `${sha256}.txt`);
}

/** The stored text of SHA-256 `sha256`, or undefined when the store does not hold it. */
export function readStoredText(dir: string, sha256: string): string | undefined {
  try {
    return readFileSync(storedTextPath(dir, sha256), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
