import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { readStoredText, storedTextPath } from './storedText';

/**
 * Stored document texts, one file per SHA-256, written once and never rewritten: the text model
 * says a document's text stays exactly as imported. Files are sharded by the hash's first two hex
 * digits so no folder grows to tens of thousands of entries.
 *
 * Texts are written through a temporary file and a rename but not fsynced one by one (31,525 fsyncs
 * would dominate an import); the library, which is written durably afterwards, is what makes them
 * part of the project, and a text lost to a crash is reported with its source path for re-import.
 */
export class TextStore {
  /** Shard folders known to exist, so storing a text costs no folder creation call after the first. */
  private readonly shards = new Set<string>();

  constructor(private readonly dir: string) {}

  pathOf(sha256: string): string {
    return storedTextPath(this.dir, sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  write(sha256: string, text: string): void {
    const path = this.pathOf(sha256);
    if (existsSync(path)) return;
    const shard = sha256.slice(0, 2);
    if (!this.shards.has(shard)) {
      mkdirSync(join(this.dir, shard), { recursive: true });
      this.shards.add(shard);
    }
    // The thread too: import workers of one process may store the same text at the same moment.
    const temp = `${path}.${process.pid}.${threadId}.tmp`;
    try {
      writeFileSync(temp, text, 'utf8');
      renameSync(temp, path);
    } catch (error) {
      // A full or read-only disk: leave no half-written text to fill it further.
      rmSync(temp, { force: true });
      throw error;
    }
  }

  read(sha256: string): string | undefined {
    return readStoredText(this.dir, sha256);
  }
}
