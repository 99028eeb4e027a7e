import { open, readFile, type FileHandle } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { FileContent } from './fileContent';
import { nodeErrorCode } from './nodeErrorCode';
import { writeFileDurably } from './writeFileDurably';
import { openFileContentHash } from './fileContentHash';
import { readFileRange } from './readFileRange';

/** A store file opened for reading: the same bytes, whichever is asked for and how often. */
export interface OpenedFile {
  /** The SHA-256 of its bytes, read and hashed a slice at a time. */
  sha256(): Promise<string>;
  /** All its bytes, in as few reads as the system allows. */
  bytes(): Promise<Buffer>;
}

export interface DurableTextFileOptions {
  /**
   * Runs inside the write queue just before an existing file is replaced, with a way to read the
   * bytes the file holds at that moment. It is where a backup of the outgoing version belongs: any
   * earlier and a queued write could slip in between; any later and the old text is gone. The
   * bytes are read only when asked for, and never decoded: keeping them would hold a second copy
   * of a large file (the library) in memory for the life of the process.
   */
  beforeReplace?: (readBytesOnDisk: () => Promise<Buffer>) => Promise<void>;
}

interface WriteWaiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * A lowdb adapter for one text file that fsyncs what it writes (lowdb's TextFile, through steno,
 * renames an unsynced temporary file).
 *
 * Writes are queued, never run side by side. Writes that arrive while one is on disk are merged:
 * only the last text is written, because each text is the whole state and the last one contains
 * every earlier change. Every caller's promise resolves only once a text at least as new as its
 * own is durable, and rejects if that write failed, so `await write()` means "this is on disk".
 */
export class DurableTextFile implements Adapter<string> {
  readonly #beforeReplace: DurableTextFileOptions['beforeReplace'];
  /** Whether the file existed when this adapter last read or wrote it. */
  #fileExists = false;
  #nextText: FileContent | null = null;
  #nextWaiters: WriteWaiter[] = [];
  #draining: Promise<void> | null = null;

  constructor(
    readonly path: string,
    options: DurableTextFileOptions = {},
  ) {
    this.#beforeReplace = options.beforeReplace;
  }

  /** Null when the file does not exist. Waits for queued writes, so it never returns an older text. */
  async read(): Promise<string | null> {
    return (await this.readBytes())?.toString('utf8') ?? null;
  }

  /**
   * The file's bytes, or null when it does not exist; waits for queued writes like `read`. Read
   * whole and decoded once by the caller: `readFile(path, 'utf8')` decodes a large file chunk by
   * chunk into a string of pieces that must then be copied again, which for the library (38 MB of
   * mostly Arabic text) costs as much as the decoding itself.
   */
  async readBytes(): Promise<Buffer | null> {
    return this.readOpened((file) => file.bytes());
  }

  /**
   * What `use` makes of the file, opened; null when it does not exist. Waits for queued writes like
   * `read`. `use` may hash the file without holding its bytes, then read them only if it needs them:
   * a caller that can answer from the digest alone (a store with a parsed copy) never holds them.
   */
  async readOpened<R>(use: (file: OpenedFile) => Promise<R>): Promise<R | null> {
    await this.whenIdle();
    let handle: FileHandle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if (nodeErrorCode(error) !== 'ENOENT') throw error;
      this.#fileExists = false;
      return null;
    }
    this.#fileExists = true;
    try {
      // Read up to the size it has now: stores are replaced by renaming a new file over them.
      const size = (await handle.stat()).size;
      return await use({ sha256: () => openFileContentHash(handle), bytes: () => readFileRange(handle, 0, size) });
    } finally {
      await handle.close();
    }
  }

  write(text: FileContent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#nextText = text;
      this.#nextWaiters.push({ resolve, reject });
      this.#draining ??= this.#drain();
    });
  }

  /** Resolves once every write queued so far has finished (successfully or not). */
  async whenIdle(): Promise<void> {
    while (this.#draining !== null) await this.#draining;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#nextText !== null) {
        const text = this.#nextText;
        const waiters = this.#nextWaiters;
        this.#nextText = null;
        this.#nextWaiters = [];
        try {
          if (this.#beforeReplace !== undefined && this.#fileExists)
            await this.#beforeReplace(() => readFile(this.path));
          await writeFileDurably(this.path, text);
          this.#fileExists = true;
          for (const waiter of waiters) waiter.resolve();
        } catch (error) {
          for (const waiter of waiters) waiter.reject(error);
        }
      }
    } finally {
      this.#draining = null;
    }
  }
}
