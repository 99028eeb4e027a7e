import { access, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Low } from 'lowdb';
import { DurableDataFile } from './DurableDataFile';
import type { OpenedFile } from './DurableTextFile';
import { contentHashInSlices } from './fileContentHash';
import { formatFileTimestamp } from './fileTimestamp';
import { nodeErrorCode } from './nodeErrorCode';
import { RollingBackups, type BackupFile, type BackupPolicy } from './RollingBackups';
import { ParsedCopy } from './ParsedCopy';
import { SchemaCheckNote, type DigestedContent } from './SchemaCheckNote';
import { StoreError, type StoreErrorKind } from './StoreError';
import {
  decodeStoreBytes,
  decodeStoreText,
  decodeStoreValue,
  describeSchemaIssues,
  encodeStore,
  type DecodedStore,
  type StoreFormat,
} from './storeEnvelope';
import { removeLeftoverTemporaryFiles, writeFileDurably } from './writeFileDurably';

export interface DurableJsonStoreOptions<T extends object> extends StoreFormat<T> {
  /** The store's file, e.g. `<project>/annotations.json`; backups go to `backups/` beside it. */
  path: string;
  /** The data of a store whose file does not exist yet. A function, so no two stores share one object. */
  defaults: () => T;
  /** Defaults to 10 backups, at most one per five minutes (and one at the first save of a session). */
  backups?: Partial<BackupPolicy>;
  /** Indented JSON reads and diffs well; a large, rarely read file can turn it off to halve its size. */
  prettyPrint?: boolean;
  /** Called when a backup could not be taken. The save itself goes ahead: losing the edit would be worse. */
  onBackupFailed?: (error: StoreError) => void;
  /** Milliseconds since the epoch; tests pass their own to step through backup intervals. */
  clock?: () => number;
  /**
   * Where to note the digest of the last text the schema accepted (see SchemaCheckNote), so that
   * opening that same text again skips checking it: worth it for a large store (the library).
   */
  schemaCheckNotePath?: string;
  /**
   * Use the note to skip a check, but do not write it on opening: a process that only reads the
   * project writes nothing. (A save writes anyway, and still notes what it wrote.)
   */
  schemaCheckNoteReadOnly?: boolean;
  /**
   * Where to keep a copy of the value the store's text parses to (see ParsedCopy), read instead of
   * the text when the schema check note vouches for it: worth it for a large store (the library).
   * Needs `schemaCheckNotePath`. The copy is written by `saveParsedCopy`, never on opening.
   */
  parsedCopyPath?: string;
}

/** A backup, and whether it would open with this version of the store. */
export interface BackupSummary extends BackupFile {
  readable: boolean;
  /** Why it would not open (the StoreError message), or null when it would. */
  problem: string | null;
}

export interface RestoredBackup {
  restored: BackupSummary;
  /** Where the file that was replaced now lives, or null when there was no file to replace. */
  setAsidePath: string | null;
}

/** The name a replaced file is kept under says why it was replaced. */
const ASIDE_LABELS: Record<StoreErrorKind, string> = {
  corrupt: 'corrupt',
  'newer-version': 'newer',
  invalid: 'invalid',
  io: 'unreadable',
};

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: 10, minIntervalMs: 5 * 60_000 };

function warnAboutBackup(error: StoreError): void {
  process.emitWarning(error.message, { code: 'QARIN_BACKUP_FAILED' });
}

/**
 * One JSON file of the project (the library, the settings, the annotations…) behind one lowdb
 * `Low`, made safe to keep user work in:
 *
 * - every save is fsynced and atomic, so the file always holds a complete state;
 * - the file carries its schema version; older files are migrated on opening, newer or damaged
 *   ones are refused with a StoreError and never overwritten;
 * - the versions being replaced are kept as rolling backups that can be listed and restored;
 * - updates apply one after another, each to the result of the previous one, and each awaited
 *   update is on disk when it resolves.
 *
 * A missing file is a new store holding the defaults; it is created by the first update.
 */
export class DurableJsonStore<T extends object> {
  readonly path: string;
  readonly #options: DurableJsonStoreOptions<T>;
  readonly #clock: () => number;
  readonly #file: DurableDataFile<T>;
  readonly #low: Low<T>;
  readonly #backups: RollingBackups;
  readonly #checkNote: SchemaCheckNote | undefined;
  readonly #parsedCopy: ParsedCopy | undefined;
  /** The names of the files this store writes in its folder: the store's, its note's and its copy's. */
  readonly #ownFileNames: Set<string>;
  /**
   * The text just opened, when it was parsed from JSON though a copy of its value could have been
   * read instead: its digest and its envelope, whose data is the state opened (never changed).
   */
  #copyDue: { digest: string; envelope: { schemaVersion: number; savedAt: string | null; data: T } } | undefined;
  /** The digest of the text just read, to note once it has opened, when the schema had to check it. */
  #digestToNote = '';
  /** The text the last update handed to the file, hashed as it is written, for noting its digest. */
  #writtenText: DigestedContent | undefined;
  #isOpen = false;
  #openedFromVersion: number | null = null;
  #folderExists = false;
  /** Open, update and restore run one at a time, in call order, through this chain. */
  #queue: Promise<void> = Promise.resolve();

  constructor(options: DurableJsonStoreOptions<T>) {
    if (!Number.isInteger(options.schemaVersion) || options.schemaVersion < 1) {
      throw new RangeError(`schemaVersion must be a positive whole number, not ${options.schemaVersion}`);
    }
    this.path = options.path;
    this.#options = options;
    this.#clock = options.clock ?? Date.now;
    const onBackupFailed = options.onBackupFailed ?? warnAboutBackup;
    this.#backups = new RollingBackups(this.path, { ...DEFAULT_BACKUP_POLICY, ...options.backups }, this.#clock);
    this.#checkNote =
      options.schemaCheckNotePath === undefined
        ? undefined
        : new SchemaCheckNote(options.schemaCheckNotePath, options.schema, options.schemaVersion);
    this.#parsedCopy =
      options.parsedCopyPath === undefined || this.#checkNote === undefined
        ? undefined
        : new ParsedCopy(options.parsedCopyPath);
    // The note and the copy are written beside the store, through temporary files of their own.
    this.#ownFileNames = new Set(
      [this.path, options.schemaCheckNotePath, options.parsedCopyPath].flatMap((path) =>
        path !== undefined && dirname(path) === dirname(this.path) ? [basename(path)] : [],
      ),
    );
    this.#file = new DurableDataFile<T>(this.path, {
      parse: async (file) => {
        this.#copyDue = undefined;
        const fromCopy = await this.#openFromCopy(file);
        if (fromCopy) {
          this.#openedFromVersion = fromCopy.storedVersion;
          this.#digestToNote = '';
          return fromCopy.data;
        }
        const bytes = await file.bytes();
        // Hashed from the very bytes decoded, even when the file was hashed above: something may have
        // written it in place since, and the note must only ever vouch for the text it checked.
        const digest = this.#checkNote?.canVouch ? await contentHashInSlices(bytes) : '';
        const vouched = digest !== '' && this.#checkNote?.vouchesFor(digest) === true;
        const decoded = await decodeStoreBytes(bytes, this.path, options, { schemaAccepted: vouched });
        this.#openedFromVersion = decoded.storedVersion;
        this.#digestToNote = vouched ? '' : digest;
        // Only the value of a text the schema accepted as it is: a migrated one is not what it parses to.
        if (vouched && this.#parsedCopy && decoded.storedVersion === options.schemaVersion) {
          const { savedAt, data } = decoded;
          this.#copyDue = { digest, envelope: { schemaVersion: options.schemaVersion, savedAt, data } };
        }
        return decoded.data;
      },
      // The text may be made as it is written: a saved state is never changed (updates work on a copy).
      stringify: (data) => {
        const text = encodeStore(data, options, new Date(this.#clock()), options.prettyPrint ?? true);
        if (this.#checkNote === undefined) return text;
        this.#writtenText = this.#checkNote.digestAsWritten(text);
        return this.#writtenText.content;
      },
      beforeReplace: async (readBytesOnDisk) => {
        if (!this.#backups.isDue()) return;
        try {
          await this.#backups.take(await readBytesOnDisk());
        } catch (error) {
          onBackupFailed(StoreError.fromFileSystem(this.path, 'backed up', error));
        }
      },
    });
    // Given explicitly: lowdb's presets would swap in a memory adapter under NODE_ENV=test.
    this.#low = new Low<T>(this.#file, options.defaults());
  }

  get isOpen(): boolean {
    return this.#isOpen;
  }

  /** The schema version found in the file when it was opened; null when the store was new. */
  get openedFromVersion(): number | null {
    return this.#openedFromVersion;
  }

  /** The current state. Change it only through `update`, which checks and saves it. */
  get data(): Readonly<T> {
    this.#assertOpen('data');
    return this.#low.data;
  }

  /**
   * Reads the file. Throws a StoreError when it is damaged, newer, invalid or unreadable; the
   * store then stays closed and writes nothing, so the file is left exactly as it was.
   */
  open(): Promise<void> {
    return this.#exclusive(() => this.#openNow());
  }

  /**
   * Applies `recipe` to a copy of the current state (mutate the draft, or return a new state),
   * checks the result against the schema and saves it. If the recipe throws or the result does
   * not fit, nothing changes. Resolves once the new state is durable on disk.
   */
  async update(recipe: (draft: T) => T | void): Promise<void> {
    const { saved, savedText } = await this.#exclusive(async () => {
      this.#assertOpen('update');
      const draft = structuredClone(this.#low.data);
      const returned = recipe(draft);
      const checked = this.#options.schema.safeParse(returned === undefined ? draft : returned);
      if (!checked.success) {
        const issues = describeSchemaIssues(checked.error);
        throw new StoreError('invalid', this.path, `was not changed: the update does not fit the schema (${issues})`);
      }
      await this.#ensureFolderExists();
      this.#low.data = checked.data;
      // Started inside the queue, so saves reach the file in update order; awaited outside it,
      // so updates arriving meanwhile are not held up by this fsync and can be merged into the next.
      const saved = this.#low.write().catch((error: unknown) => {
        throw StoreError.fromFileSystem(this.path, 'saved', error);
      });
      saved.catch(() => undefined);
      return { saved, savedText: this.#lastWrittenText() };
    });
    await saved;
    // The schema has just accepted what was saved: the next opening need not check it again.
    const digest = savedText?.digest();
    if (this.#checkNote !== undefined && digest !== undefined) await this.#checkNote.record(digest);
  }

  /**
   * Writes the copy of the value the store's text parses to, when the text was last opened from
   * JSON and has not changed since: the next opening reads the copy instead (see ParsedCopy). A
   * long-running process calls it once the project is open and its first calls are answered; a
   * store opened only to read never writes it.
   */
  async saveParsedCopy(): Promise<void> {
    const due = this.#copyDue;
    this.#copyDue = undefined;
    if (due === undefined || this.#parsedCopy === undefined || this.#options.schemaCheckNoteReadOnly === true) return;
    // An update since has written another text, with another digest: its copy would never be read.
    if (!this.#isOpen || this.#low.data !== due.envelope.data) return;
    try {
      await this.#parsedCopy.write(due.digest, due.envelope);
    } catch {
      // A copy not written costs the next opening the parse, nothing else.
    }
  }

  /** Resolves once every update called so far is on disk (or has failed). */
  async flush(): Promise<void> {
    await this.#exclusive(() => this.#file.whenIdle());
  }

  /** This store's backups, newest first, each checked for whether it would open. */
  async listBackups(): Promise<BackupSummary[]> {
    let backups: BackupFile[];
    try {
      backups = await this.#backups.list();
    } catch (error) {
      throw StoreError.fromFileSystem(this.#backups.folder, 'listed', error);
    }
    return Promise.all(backups.map((backup) => this.#summarise(backup)));
  }

  /** Restores the newest backup that opens; null (and nothing touched) when none does. */
  async restoreNewestGoodBackup(): Promise<RestoredBackup | null> {
    const newestGood = (await this.listBackups()).find((backup) => backup.readable);
    return newestGood === undefined ? null : this.restoreBackup(newestGood.name);
  }

  /**
   * Puts the backup called `name` in place of the file and opens it. The file being replaced is
   * first copied aside as `<name>.corrupt-<time><ext>` (`.newer-`, `.invalid-`, or `.replaced-`
   * when it was readable): it may hold work the backup lacks, so it is never deleted. A backup that would not open is
   * refused before anything is touched.
   */
  restoreBackup(name: string): Promise<RestoredBackup> {
    return this.#exclusive(async () => {
      await this.#file.whenIdle();
      const backup = await this.#backups.find(name);
      if (backup === null)
        throw new StoreError('io', this.path, `has no backup named "${name}" in ${this.#backups.folder}`);
      let text: string;
      try {
        text = await this.#backups.read(backup);
      } catch (error) {
        throw StoreError.fromFileSystem(backup.path, 'read', error);
      }
      try {
        decodeStoreText(text, backup.path, this.#options);
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        throw new StoreError(error.kind, backup.path, `cannot be restored: it ${error.reason}`, { cause: error });
      }
      const setAsidePath = await this.#copyCurrentFileAside();
      try {
        await writeFileDurably(this.path, text);
      } catch (error) {
        throw StoreError.fromFileSystem(this.path, 'restored from a backup', error);
      }
      await this.#openNow();
      return { restored: { ...backup, readable: true, problem: null }, setAsidePath };
    });
  }

  #exclusive<R>(step: () => Promise<R>): Promise<R> {
    const result = this.#queue.then(step);
    this.#queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  #lastWrittenText(): DigestedContent | undefined {
    const text = this.#writtenText;
    this.#writtenText = undefined;
    return text;
  }

  #assertOpen(use: string): void {
    if (!this.#isOpen) throw new Error(`${basename(this.path)}: ${use} needs a successful open() first`);
  }

  /**
   * The store's value from its parsed copy, when the copy is of the text the note vouches for and
   * the file holds that text; undefined otherwise. The file is hashed from disk a slice at a time,
   * not read whole: when the copy is read instead, its bytes (the library's are 38 MB) are never
   * held, not even as garbage until the next full collection, which an idle workbench may not run
   * for a minute. Without such a copy (none yet, or another V8's) the file is not hashed here: the
   * text is then hashed from the bytes decoded, once.
   */
  async #openFromCopy(file: OpenedFile): Promise<DecodedStore<T> | undefined> {
    if (this.#parsedCopy === undefined || this.#checkNote === undefined) return undefined;
    const copyOf = await this.#parsedCopy.digestOfCopy();
    if (copyOf === undefined || !this.#checkNote.vouchesFor(copyOf)) return undefined;
    return (await file.sha256()) === copyOf ? this.#decodedCopy(copyOf) : undefined;
  }

  /**
   * The store decoded from its parsed copy for the text with SHA-256 `digest`, or undefined when
   * there is none to read, or it does not decode: the text is then parsed, so that a copy can
   * never be blamed for, or stand in for, a library that is sound.
   */
  async #decodedCopy(digest: string): Promise<DecodedStore<T> | undefined> {
    const copied = await this.#parsedCopy?.read(digest);
    if (copied === undefined) return undefined;
    try {
      return decodeStoreValue(copied, this.path, this.#options, { schemaAccepted: true });
    } catch {
      return undefined;
    }
  }

  async #openNow(): Promise<void> {
    this.#isOpen = false;
    this.#openedFromVersion = null;
    await this.#file.whenIdle();
    try {
      await removeLeftoverTemporaryFiles(dirname(this.path), (name) => this.#ownFileNames.has(name));
    } catch (error) {
      throw StoreError.fromFileSystem(this.path, 'opened', error);
    }
    // Backups are a safety net beside the file: a backups folder we cannot tidy must not keep
    // the user's file from opening (taking the next backup will report the problem).
    await this.#backups.removeLeftoverTemporaryFiles().catch(() => undefined);
    const defaults = this.#options.schema.safeParse(this.#options.defaults());
    if (!defaults.success) throw new Error(`${basename(this.path)}: the store's defaults do not fit its own schema`);
    this.#low.data = defaults.data;
    await this.#checkNote?.load();
    this.#digestToNote = '';
    this.#copyDue = undefined;
    try {
      await this.#low.read();
    } catch (error) {
      throw StoreError.fromFileSystem(this.path, 'read', error);
    }
    this.#isOpen = true;
    if (this.#checkNote !== undefined && this.#digestToNote !== '' && this.#options.schemaCheckNoteReadOnly !== true) {
      await this.#checkNote.record(this.#digestToNote);
      this.#digestToNote = '';
    }
  }

  async #ensureFolderExists(): Promise<void> {
    if (this.#folderExists) return;
    try {
      await mkdir(dirname(this.path), { recursive: true });
    } catch (error) {
      throw StoreError.fromFileSystem(this.path, 'saved', error);
    }
    this.#folderExists = true;
  }

  async #summarise(backup: BackupFile): Promise<BackupSummary> {
    try {
      decodeStoreText(await this.#backups.read(backup), backup.path, this.#options);
      return { ...backup, readable: true, problem: null };
    } catch (error) {
      const problem =
        error instanceof StoreError ? error.message : StoreError.fromFileSystem(backup.path, 'read', error).message;
      return { ...backup, readable: false, problem };
    }
  }

  /**
   * Copies rather than renames, so that at every moment the store's path holds a complete file:
   * a crash between the two steps of a rename-then-write would leave it missing, and a missing
   * file opens as an empty store.
   */
  async #copyCurrentFileAside(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return null;
      throw StoreError.fromFileSystem(this.path, 'set aside', error);
    }
    let label = 'replaced';
    try {
      decodeStoreText(bytes.toString('utf8'), this.path, this.#options);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      label = ASIDE_LABELS[error.kind];
    }
    const extension = extname(this.path);
    const stem = basename(this.path, extension);
    let time = this.#clock();
    let asidePath: string;
    for (;;) {
      asidePath = join(dirname(this.path), `${stem}.${label}-${formatFileTimestamp(new Date(time))}${extension}`);
      if (!(await exists(asidePath))) break;
      time += 1;
    }
    try {
      await writeFileDurably(asidePath, bytes);
    } catch (error) {
      throw StoreError.fromFileSystem(asidePath, 'written', error);
    }
    return asidePath;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
