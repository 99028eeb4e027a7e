import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { nodeErrorCode } from './nodeErrorCode';
import { writeFileDurably } from './writeFileDurably';

export interface DurableTextFileOptions {
  /**
   * Runs inside the write queue just before an existing file is replaced, with a way to read the
   * text the file holds at that moment. It is where a backup of the outgoing version belongs: any
   * earlier and a queued write could slip in between; any later and the old text is gone. The text
   * is read only when asked for: keeping it would hold a second copy of a large file (the
   * library) in memory for the life of the process.
   */
  beforeReplace?: (readTextOnDisk: () => Promise<string>) => Promise<void>;
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
  #nextText: string | null = null;
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
    await this.whenIdle();
    try {
      const text = await readFile(this.path, 'utf8');
      this.#fileExists = true;
      return text;
    } catch (error) {
      if (nodeErrorCode(error) !== 'ENOENT') throw error;
      this.#fileExists = false;
      return null;
    }
  }

  write(text: string): Promise<void> {
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
            await this.#beforeReplace(() => readFile(this.path, 'utf8'));
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
