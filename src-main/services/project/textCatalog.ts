import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  INDEX_SUFFIX,
  PACK_SUFFIX,
  RECORD_BYTES,
  decodeRecords,
  packsFolder,
  type TextLocation,
} from './textPackFormat';

/**
 * Finds and reads the texts of one text store folder: those in packs (`textPackFormat.ts`),
 * through a map from SHA-256 to location built from the pack indexes on first use, and those of
 * projects from before packs, one file per text (`<dir>/ab/<sha256>.txt`), read where they are.
 *
 * Other threads and processes may append to the store at any time, so a text not in the map makes
 * it read what the indexes gained since it last looked (new indexes, indexes that grew) before it
 * counts as missing. A text is read only if its bytes hash to its SHA-256: the content address is
 * the checksum, so damaged bytes, or a record naming bytes past its pack's end, read as missing.
 */
export class TextCatalog {
  private readonly locations = new Map<string, TextLocation>();
  /** Per index file, how many of its bytes have been read (whole records only). */
  private readonly indexBytesRead = new Map<string, number>();
  private scanned = false;
  /** Whether the folder holds texts one file each, from before packs. */
  private hasLooseTexts = false;

  constructor(private readonly dir: string) {}

  /** The text of SHA-256 `sha256`, or undefined when the store does not hold it whole. */
  read(sha256: string): string | undefined {
    const location = this.locate(sha256);
    if (location !== undefined) {
      const text = readPacked(location, sha256);
      if (text !== undefined) return text;
    }
    return this.readLoose(sha256);
  }

  /** Whether the store names the text, looking again at the disk if it is not known yet. */
  has(sha256: string): boolean {
    return this.locate(sha256) !== undefined || this.hasLoose(sha256);
  }

  /**
   * Whether the text is known to be stored, without looking for what others stored since the first
   * look: a writer asks this for every text, and storing a text twice is harmless.
   */
  knows(sha256: string): boolean {
    this.scanOnce();
    return this.locations.has(sha256) || this.hasLoose(sha256);
  }

  /** Records where this thread's own writer has just put a text. */
  remember(sha256: string, location: TextLocation): void {
    if (!this.locations.has(sha256)) this.locations.set(sha256, location);
  }

  private locate(sha256: string): TextLocation | undefined {
    this.scanOnce();
    const known = this.locations.get(sha256);
    if (known !== undefined) return known;
    this.scan();
    return this.locations.get(sha256);
  }

  private scanOnce(): void {
    if (this.scanned) return;
    this.scanned = true;
    this.hasLooseTexts = listFolder(this.dir).some((name) => /^[0-9a-f]{2}$/.test(name));
    this.scan();
  }

  /** Looks at the disk again now, for what others stored since (a writer does before its first write). */
  refresh(): void {
    if (this.scanned) this.scan();
    else this.scanOnce();
  }

  /** Reads what every pack index gained since the last scan, and forgets packs that are gone. */
  private scan(): void {
    const folder = packsFolder(this.dir);
    const names = listFolder(folder);
    this.forgetPacksNotIn(new Set(names.map((name) => join(folder, name))));
    for (const name of names) {
      if (!name.endsWith(INDEX_SUFFIX)) continue;
      const indexPath = join(folder, name);
      const pack = join(folder, name.slice(0, -INDEX_SUFFIX.length) + PACK_SUFFIX);
      const read = this.indexBytesRead.get(indexPath) ?? 0;
      const gained = readFrom(indexPath, read);
      if (gained === undefined) continue;
      const whole = gained.length - (gained.length % RECORD_BYTES);
      decodeRecords(gained.subarray(0, whole), (sha256, offset, length) =>
        this.remember(sha256, { pack, offset, length }),
      );
      this.indexBytesRead.set(indexPath, read + whole);
    }
  }

  /** A project folder removed and made again while this thread runs must not seem to hold its old texts. */
  private forgetPacksNotIn(present: Set<string>): void {
    const gone = [...this.indexBytesRead.keys()].filter((indexPath) => !present.has(indexPath));
    if (gone.length === 0) return;
    for (const indexPath of gone) this.indexBytesRead.delete(indexPath);
    const packsGone = new Set(gone.map((indexPath) => indexPath.slice(0, -INDEX_SUFFIX.length) + PACK_SUFFIX));
    for (const [sha256, location] of this.locations) if (packsGone.has(location.pack)) this.locations.delete(sha256);
  }

  private loosePath(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), `${sha256}.txt`);
  }

  private hasLoose(sha256: string): boolean {
    return this.hasLooseTexts && existsSync(this.loosePath(sha256));
  }

  private readLoose(sha256: string): string | undefined {
    // Not only when the first look saw loose texts: an older Qarin may have written some since.
    try {
      return readFileSync(this.loosePath(sha256), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The bytes of `path` from `start` to its current end, or undefined if it is gone or not a file. */
function readFrom(path: string, start: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(Math.max(0, size - start));
    let done = 0;
    while (done < bytes.length) {
      const got = readSync(fd, bytes, done, bytes.length - done, start + done);
      if (got === 0) break;
      done += got;
    }
    return bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** The text at `location` if its bytes are all there and hash to `sha256`, else undefined. */
function readPacked(location: TextLocation, sha256: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(location.pack, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    // A damaged record may name bytes past the pack's end, or more than memory could hold.
    if (location.offset + location.length > fstatSync(fd).size) return undefined;
    const bytes = Buffer.allocUnsafe(location.length);
    let done = 0;
    while (done < bytes.length) {
      const got = readSync(fd, bytes, done, bytes.length - done, location.offset + done);
      if (got === 0) return undefined;
      done += got;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) return undefined;
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
