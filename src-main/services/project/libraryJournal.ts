import { open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { nodeErrorCode } from '../persistence/nodeErrorCode';
import { jsonBytes } from '../persistence/jsonBytes';
import { syncDirectory, writeContent } from '../persistence/writeFileDurably';
import { LibraryEntrySchema, type LibraryEntry } from './libraryEntry';

const BatchSchema = z.array(LibraryEntrySchema);

/**
 * The reports an import has added since `library.json` was last written, one batch a line, each
 * line appended and flushed to disk as its batch is done. Rewriting the whole library for every
 * batch made an import's saves cost the square of its size (16 rewrites of up to 37 MB for ANT);
 * a batch now costs its own few lines, and the library is written whole once, at the end of the
 * import, after which the journal is removed.
 *
 * A process killed while appending leaves at most one cut line. Each batch starts on a line of
 * its own, so a cut line never spoils the next batch; it is skipped when read, as it never counted:
 * its import had not been told that batch was saved.
 */
export class LibraryJournal {
  /**
   * Set once a read met a line that is JSON but not library entries: written by another version
   * or by hand, it may name reports whose texts are stored, so the journal is kept aside, not removed.
   */
  private heldUnreadLines = false;

  constructor(readonly path: string) {}

  /** Appends one batch and returns once it is on disk. */
  async append(entries: readonly LibraryEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const handle = await open(this.path, 'a');
    let created: boolean;
    try {
      created = (await handle.stat()).size === 0;
      await writeContent(handle, batchLine(entries));
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new file's name must survive a power cut too, not only its content.
    if (created) await syncDirectory(dirname(this.path));
  }

  /**
   * The journaled reports in the order they were added; none when there is no journal. A line
   * that is not a whole batch (cut by a kill) is skipped; one that is JSON but not library
   * entries (edited by hand) is skipped with a warning naming the file and line.
   */
  async read(): Promise<LibraryEntry[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: LibraryEntry[] = [];
    for (const [number, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      const batch = BatchSchema.safeParse(parsed);
      if (batch.success) entries.push(...batch.data);
      else {
        this.heldUnreadLines = true;
        process.emitWarning(`${this.path}:${number + 1}: skipped, not a batch of library entries`);
      }
    }
    return entries;
  }

  /**
   * Removes the journal, once the library file holds everything it held; one holding lines that
   * could not be read is renamed aside instead, with a warning naming where it now is.
   */
  async clear(): Promise<void> {
    try {
      if (this.heldUnreadLines) {
        const aside = `${this.path}.unread-${Date.now()}`;
        await rename(this.path, aside);
        this.heldUnreadLines = false;
        process.emitWarning(`${this.path}: kept as ${aside}, for the lines that could not be read`);
      } else await unlink(this.path);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return;
      throw error;
    }
    await syncDirectory(dirname(this.path));
  }
}

/**
 * A batch's line, on a line of its own, encoded as it is written: made as one string, each batch
 * (2,000 reports) was copied once more to be joined and again to be encoded, on the main thread
 * while the import read on.
 */
function* batchLine(entries: readonly LibraryEntry[]): Generator<string | Uint8Array> {
  yield '\n';
  yield* jsonBytes(entries);
  yield '\n';
}
