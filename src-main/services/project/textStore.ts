import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { textCatalogOf } from './storedText';
import type { TextCatalog } from './textCatalog';
import { INDEX_SUFFIX, PACK_SUFFIX, RECORD_BYTES, encodeRecord, packsFolder } from './textPackFormat';

/** A text to store, named by the SHA-256 of its UTF-8 bytes. */
export interface TextToStore {
  sha256: string;
  text: string;
}

/** The largest buffer a store keeps to gather a group's texts in (see `scratchOf`). */
const SCRATCH_KEPT_BYTES = 4 * 1024 * 1024;

interface OpenPack {
  pack: string;
  index: string;
  /** How many bytes of the pack this store has written: where the next text starts. */
  bytes: number;
  /** How many bytes of its index this store has written. */
  indexBytes: number;
}

/**
 * Stored document texts, by SHA-256, written once and never rewritten: the text model says a
 * document's text stays exactly as imported. Each store appends to a pack of its own
 * (`textPackFormat.ts`), created on its first write and named after the time, process, thread and
 * a random number, so no two writers (import workers, processes) ever share one and none ever
 * rewrites bytes already written. A text's bytes are appended before its index record, so a
 * record only ever names bytes already in the pack. One append to pack and index for a whole
 * group of texts (`writeMany`) replaces, per text, the creation, rename and checks of a file.
 *
 * Texts are not fsynced (a fsync per group would dominate an import); the library, which is
 * written durably afterwards, is what makes them part of the project, and a text lost to a crash
 * reads as missing and is reported with its source path for re-import. A write that fails part way
 * (a full or read-only disk) throws after cutting pack and index back to their last whole text
 * (`cutBack`), so the next write never lands after torn bytes nor after a torn record.
 *
 * Reading (`TextCatalog`) also finds the texts of projects from before packs, one file per text.
 */
export class TextStore {
  private pack: OpenPack | undefined;
  private refreshed = false;
  private scratch = Buffer.alloc(0);

  constructor(private readonly dir: string) {}

  private get catalog(): TextCatalog {
    return textCatalogOf(this.dir);
  }

  has(sha256: string): boolean {
    return this.catalog.has(sha256);
  }

  read(sha256: string): string | undefined {
    return this.catalog.read(sha256);
  }

  write(sha256: string, text: string): void {
    this.writeMany([{ sha256, text }]);
  }

  /** Stores the texts not stored yet, all with one append to the pack and one to its index. */
  writeMany(texts: readonly TextToStore[]): void {
    const catalog = this.catalog;
    if (!this.refreshed) {
      // What other writers stored since this thread last looked need not be stored again.
      catalog.refresh();
      this.refreshed = true;
    }
    const seen = new Set<string>();
    const fresh = texts.filter(({ sha256 }) => {
      if (seen.has(sha256) || catalog.knows(sha256)) return false;
      seen.add(sha256);
      return true;
    });
    if (fresh.length === 0) return;
    // Room for the longest UTF-8 the texts can have (3 bytes a UTF-16 unit), so each is encoded
    // once, as it is written, rather than measured first.
    const room = this.scratchOf(fresh.reduce((sum, { text }) => sum + text.length * 3, 0));
    const pack = (this.pack ??= this.newPack());
    const records = Buffer.alloc(fresh.length * RECORD_BYTES);
    let offset = pack.bytes;
    let at = 0;
    for (const [n, { sha256, text }] of fresh.entries()) {
      const length = room.write(text, at, 'utf8');
      encodeRecord(records, n * RECORD_BYTES, sha256, offset, length);
      offset += length;
      at += length;
    }
    const body = room.subarray(0, at);
    try {
      append(pack.pack, body);
      append(pack.index, records);
    } catch (error) {
      this.cutBack(pack);
      throw error;
    }
    catalog.remember(pack.pack, pack.index, pack.indexBytes, records);
    pack.indexBytes += records.length;
    pack.bytes = offset;
  }

  /**
   * `bytes` bytes to gather a group's texts in: one buffer kept from group to group, as a fresh one
   * per group would allocate, over an import, as much memory outside the JavaScript heap as the
   * corpus's texts, freed only when the collector gets to it. One larger than SCRATCH_KEPT_BYTES
   * (a huge report) is not kept.
   */
  private scratchOf(bytes: number): Buffer {
    if (bytes > SCRATCH_KEPT_BYTES) return Buffer.allocUnsafe(bytes);
    if (this.scratch.length < bytes) this.scratch = Buffer.allocUnsafe(Math.min(SCRATCH_KEPT_BYTES, bytes * 2));
    return this.scratch.subarray(0, bytes);
  }

  /**
   * After a failed append, gives back what it wrote (on a full disk, the room the library needs to
   * be saved) so the next append starts where the last whole text ended. Bytes cut are named by no
   * record. If they cannot be cut, the pack is left as it is and the next write starts another.
   */
  private cutBack(pack: OpenPack): void {
    try {
      truncateSync(pack.index, pack.indexBytes);
      truncateSync(pack.pack, pack.bytes);
    } catch {
      this.pack = undefined;
    }
  }

  private newPack(): OpenPack {
    const folder = packsFolder(this.dir);
    mkdirSync(folder, { recursive: true });
    const name = `${Date.now().toString(36)}-${process.pid}-${threadId}-${randomBytes(6).toString('hex')}`;
    return {
      pack: join(folder, name + PACK_SUFFIX),
      index: join(folder, name + INDEX_SUFFIX),
      bytes: 0,
      indexBytes: 0,
    };
  }
}

/** Appends all of `bytes` to the file at `path` (created if missing); a short write is retried. */
function append(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'a');
  try {
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
  } finally {
    closeSync(fd);
  }
}
