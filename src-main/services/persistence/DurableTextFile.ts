import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { nodeErrorCode } from './nodeErrorCode';
import { writeFileDurably } from './writeFileDurably';

export interface DurableTextFileOptions {
  /**
   * Runs inside the write queue just before the file is replaced, with the text the file holds at
   * that moment. It is where a backup of the outgoing version belongs: any earlier and a queued
   * write could slip in between; any later and the old text is gone.
   */
  beforeReplace?: (textOnDisk: string) => Promise<void>;
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
  #textOnDisk: string | null = null;
  #nextText: string | null = null;
  #nextWaiters: WriteWaiter[] = [];
  #draining: Promise<void> | null = null;

  constructor(
    readonly path: string,
    options: DurableTextFileOptions = {},
  ) {
    this.#beforeReplace = options.beforeReplace;
  }

  /** The text last read from or written to the file by this adapter, or null if none. */
  get textOnDisk(): string | null {
    return this.#textOnDisk;
  }

  /** Null when the file does not exist. Waits for queued writes, so it never returns an older text. */
  async read(): Promise<string | null> {
    await this.whenIdle();
    try {
      this.#textOnDisk = await readFile(this.path, 'utf8');
    } catch (error) {
      if (nodeErrorCode(error) !== 'ENOENT') throw error;
      this.#textOnDisk = null;
    }
    return this.#textOnDisk;
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
          if (this.#beforeReplace !== undefined && this.#textOnDisk !== null)
            await this.#beforeReplace(this.#textOnDisk);
          await writeFileDurably(this.path, text);
          this.#textOnDisk = text;
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
