import type { Adapter } from 'lowdb';
import { DurableTextFile, type DurableTextFileOptions, type OpenedFile } from './DurableTextFile';
import type { FileContent } from './fileContent';

export interface DurableDataFileOptions<T> extends DurableTextFileOptions {
  /**
   * Turns the file (UTF-8 text) into data, reading its bytes or only hashing them; throw to refuse
   * a file (lowdb would otherwise keep its defaults).
   */
  parse: (file: OpenedFile) => Promise<T>;
  /**
   * Called the moment `write` is. It may return pieces made only as they are written: then the
   * caller must never change `data` afterwards (DurableJsonStore never changes a saved state).
   */
  stringify: (data: T) => FileContent;
}

/**
 * lowdb's DataFile over a DurableTextFile: structured data in, fsynced text out. `stringify` is
 * called the moment `write` is, not when the queue reaches it, so a caller that mutates the same
 * object right after calling `write` cannot change what a text made at once stores.
 */
export class DurableDataFile<T> implements Adapter<T> {
  readonly #textFile: DurableTextFile;
  readonly #parse: (file: OpenedFile) => Promise<T>;
  readonly #stringify: (data: T) => FileContent;

  constructor(path: string, options: DurableDataFileOptions<T>) {
    this.#textFile = new DurableTextFile(path, options);
    this.#parse = options.parse;
    this.#stringify = options.stringify;
  }

  get path(): string {
    return this.#textFile.path;
  }

  async read(): Promise<T | null> {
    return this.#textFile.readOpened(this.#parse);
  }

  write(data: T): Promise<void> {
    let text: FileContent;
    try {
      text = this.#stringify(data);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#textFile.write(text);
  }

  whenIdle(): Promise<void> {
    return this.#textFile.whenIdle();
  }
}
