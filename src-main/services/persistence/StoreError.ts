import { basename } from 'node:path';
import { nodeErrorCode } from './nodeErrorCode';

/**
 * - `corrupt`: the file cannot be read as a Qarin store (not JSON, empty, no envelope).
 * - `newer-version`: a newer Qarin wrote it; this version must not touch it.
 * - `invalid`: it is a store file, but its data does not fit the schema or cannot be migrated.
 * - `io`: the file system refused (permissions, disk full, a folder where the file should be).
 */
export type StoreErrorKind = 'corrupt' | 'newer-version' | 'invalid' | 'io';

/**
 * Why a store file could not be opened, saved or restored. The message is meant to be shown to
 * the user as is, so it always starts with the file's name and says what is wrong with it.
 */
export class StoreError extends Error {
  readonly fileName: string;

  constructor(
    readonly kind: StoreErrorKind,
    readonly filePath: string,
    /** The message without the file name: "is not valid JSON (line 3, column 7): …". */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    const fileName = basename(filePath);
    super(`${fileName} ${reason}`, options);
    this.name = 'StoreError';
    this.fileName = fileName;
  }

  /** Wraps a file system failure, keeping the system's own code (ENOSPC, EACCES…) in the message. */
  static fromFileSystem(filePath: string, doing: string, cause: unknown): StoreError {
    if (cause instanceof StoreError) return cause;
    const code = nodeErrorCode(cause);
    const detail = cause instanceof Error ? cause.message : String(cause);
    const reason = code !== undefined && !detail.includes(code) ? `${code}: ${detail}` : detail;
    return new StoreError('io', filePath, `could not be ${doing}: ${reason}`, { cause });
  }
}
