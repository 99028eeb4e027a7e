import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  INDEX_SUFFIX,
  PACK_SUFFIX,
  RECORD_BYTES,
  decodeRecord,
  packsFolder,
  type TextLocation,
} from './textPackFormat';
import { RecordTable } from './recordTable';

/** Index records read together, the pack they name, and the number of the first across runs. */
interface RecordRun {
  pack: string;
  records: Buffer;
  first: number;
}

/**
 * Up to this many lookups search the records themselves (a native search of about 1.5 MB of
 * records for ANT, a fraction of a millisecond), so a one-shot command that reads the texts of a
 * page of hits never builds the table (tens of milliseconds of its start); more build it.
 */
const LOOKUPS_BY_SCAN = 64;

function addToTable(table: RecordTable, run: RecordRun): void {
  const count = run.records.length / RECORD_BYTES;
  for (let record = 0; record < count; record++) {
    table.add(run.records.readUInt32BE(record * RECORD_BYTES), run.first + record);
  }
}

/**
 * Finds and reads the texts of one text store folder: those in packs (`textPackFormat.ts`),
 * through the pack indexes, read on first use and kept as read, and those of
 * projects from before packs, one file per text (`<dir>/ab/<sha256>.txt`), read where they are.
 *
 * Other threads and processes may append to the store at any time, so a text not found makes
 * it read what the indexes gained since it last looked (new indexes, indexes that grew) before it
 * counts as missing. A text is read only if its bytes hash to its SHA-256: the content address is
 * the checksum, so damaged bytes, or a record naming bytes past its pack's end, read as missing.
 */
export class TextCatalog {
  /** Index records as read, each run of them with the pack it names; records are numbered across runs. */
  private runs: RecordRun[] = [];
  private recordCount = 0;
  /** Built once lookups are many (see LOOKUPS_BY_SCAN); until then each one scans the records. */
  private table: RecordTable | undefined;
  private lookups = 0;
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
    return this.find(sha256) !== undefined || this.hasLoose(sha256);
  }

  /**
   * Records where this thread's own writer has just put texts: `records`, appended to `index` (the
   * index of `pack`) where it held `indexBytesBefore` bytes, which the next scan then need not read.
   */
  remember(pack: string, index: string, indexBytesBefore: number, records: Buffer): void {
    this.addRun(pack, records);
    if ((this.indexBytesRead.get(index) ?? 0) === indexBytesBefore) {
      this.indexBytesRead.set(index, indexBytesBefore + records.length);
    }
  }

  /** Looks at the disk again now, for what others stored since (a writer does before its first write). */
  refresh(): void {
    if (!this.scanOnce()) this.scan();
  }

  private locate(sha256: string): TextLocation | undefined {
    const justScanned = this.scanOnce();
    const known = this.find(sha256);
    if (known !== undefined || justScanned) return known;
    this.scan();
    return this.find(sha256);
  }

  private find(sha256: string): TextLocation | undefined {
    const hash = Buffer.from(sha256, 'hex');
    if (hash.length !== 32) return undefined;
    const record = this.lookups++ < LOOKUPS_BY_SCAN ? this.scanFor(hash) : (this.table ??= this.newTable()).find(hash);
    if (record === undefined) return undefined;
    const run = this.runOf(record);
    const location = decodeRecord(run.records, (record - run.first) * RECORD_BYTES);
    return location && { pack: run.pack, ...location };
  }

  /** The number of a record of `hash`, found by searching the records themselves. */
  private scanFor(hash: Buffer): number | undefined {
    for (const run of this.runs) {
      for (let at = run.records.indexOf(hash); at >= 0; at = run.records.indexOf(hash, at + 1)) {
        // A match not at a record's start is made of other fields' bytes: search on.
        if (at % RECORD_BYTES === 0) return run.first + at / RECORD_BYTES;
      }
    }
    return undefined;
  }

  /** The run holding record number `record`, found by halving: a writer adds a run per group it stores. */
  private runOf(record: number): RecordRun {
    let low = 0;
    let high = this.runs.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.runs[middle]!.first <= record) low = middle;
      else high = middle - 1;
    }
    return this.runs[low]!;
  }

  private newTable(): RecordTable {
    const table = new RecordTable((record, hash) => {
      const run = this.runOf(record);
      const at = (record - run.first) * RECORD_BYTES;
      return run.records.compare(hash, 0, 32, at, at + 32) === 0;
    });
    for (const run of this.runs) addToTable(table, run);
    return table;
  }

  private addRun(pack: string, records: Buffer): void {
    const run = { pack, records, first: this.recordCount };
    this.runs.push(run);
    this.recordCount += records.length / RECORD_BYTES;
    if (this.table) addToTable(this.table, run);
  }

  /** The first look at the folder; true if it is made now. */
  private scanOnce(): boolean {
    if (this.scanned) return false;
    this.scanned = true;
    this.hasLooseTexts = listFolder(this.dir).some((name) => /^[0-9a-f]{2}$/.test(name));
    this.scan();
    return true;
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
      const gained = readBytes(indexPath, read);
      if (gained === undefined) continue;
      const whole = gained.length - (gained.length % RECORD_BYTES);
      if (whole === 0) continue;
      this.addRun(pack, gained.subarray(0, whole));
      this.indexBytesRead.set(indexPath, read + whole);
    }
  }

  /** A project folder removed and made again while this thread runs must not seem to hold its old texts. */
  private forgetPacksNotIn(present: Set<string>): void {
    const gone = [...this.indexBytesRead.keys()].filter((indexPath) => !present.has(indexPath));
    if (gone.length === 0) return;
    const kept = this.runs.filter((run) => present.has(run.pack));
    this.runs = [];
    this.recordCount = 0;
    this.table = undefined;
    for (const indexPath of gone) this.indexBytesRead.delete(indexPath);
    for (const run of kept) this.addRun(run.pack, run.records);
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

/**
 * `length` bytes of the file at `path` from `start` (to its current end when `length` is not given),
 * or undefined if it is gone, not a file, or too short to hold them.
 */
function readBytes(path: string, start: number, length?: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    const wanted = length ?? Math.max(0, stats.size - start);
    // A damaged record may name bytes past the pack's end, or more than memory could hold.
    if (start + wanted > stats.size) return undefined;
    const bytes = Buffer.allocUnsafe(wanted);
    let done = 0;
    while (done < wanted) {
      const got = readSync(fd, bytes, done, wanted - done, start + done);
      if (got === 0) break;
      done += got;
    }
    if (length === undefined) return bytes.subarray(0, done);
    return done === wanted ? bytes : undefined;
  } finally {
    closeSync(fd);
  }
}

/** The text at `location` if its bytes are all there and hash to `sha256`, else undefined. */
function readPacked(location: TextLocation, sha256: string): string | undefined {
  const bytes = readBytes(location.pack, location.offset, location.length);
  if (bytes === undefined || createHash('sha256').update(bytes).digest('hex') !== sha256) return undefined;
  return bytes.toString('utf8');
}
