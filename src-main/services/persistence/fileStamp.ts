import { stat } from 'node:fs/promises';
import { nodeErrorCode } from './nodeErrorCode';

/** Identity, size and time of a file, or "absent": equal stamps mean nobody wrote it in between. */
export async function fileStamp(path: string): Promise<string> {
  try {
    const { ino, size, mtimeMs } = await stat(path);
    return `${ino}:${size}:${mtimeMs}`;
  } catch (error) {
    if (nodeErrorCode(error) === 'ENOENT') return 'absent';
    throw error;
  }
}
