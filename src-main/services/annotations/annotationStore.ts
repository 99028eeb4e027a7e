import { DurableJsonStore, StoreError, type BackupSummary } from '../persistence';
import { fileStamp } from '../persistence/fileStamp';
import type { AnnotationChange } from '../../core/annotations/annotationChange';
import { isEmptyChange } from '../../core/annotations/annotationChange';
import {
  ANNOTATIONS_SCHEMA_VERSION,
  AnnotationSnapshotSchema,
  emptyAnnotationSnapshot,
  type AnnotationSnapshot,
} from '../../core/annotations/annotationData';
import { AnnotationJournal, JournalProblem, type JournalEntry } from './annotationJournal';
import { AnnotationState } from '../../core/annotations/annotationState';
import { ProjectWriterLock } from '../persistence/ProjectWriterLock';

/** When the journal is folded into a new snapshot (a checkpoint, which is also a backed-up version). */
export interface CheckpointPolicy {
  /** After this many journal entries, checkpoint once saving has paused for `idleMs`. */
  afterEntries: number;
  idleMs: number;
  /** After this many, checkpoint at once even while saving goes on, so the journal stays bounded. */
  hardLimit: number;
}

/** How the annotations are named among the holders of the project's writer lock. */
const LOCK_HOLDER = 'annotations';

export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = { afterEntries: 500, idleMs: 2_000, hardLimit: 5_000 };

export interface AnnotationStoreOptions {
  snapshotPath: string;
  journalPath: string;
  /**
   * Where to note the digest of a snapshot its schema accepted, so that the same snapshot opens
   * again unchecked (see SchemaCheckNote): ten thousand highlights took 100-300 ms to check.
   */
  snapshotCheckNotePath?: string;
  /** Use that note but never write it (an early reader or one-shot command, which write nothing). */
  snapshotCheckNoteReadOnly?: boolean;
  checkpoint?: Partial<CheckpointPolicy>;
  /** Backups of the snapshot, one per checkpoint; the last `keep` are kept. */
  keepBackups?: number;
  clock?: () => number;
  /** The project's writer lock, shared with its imports; by default one beside the journal. */
  writerLock?: ProjectWriterLock;
  /**
   * Called whenever this process has written the files (a change, a checkpoint, a restore), for
   * caches stamped with them (see HighlightTablesKeeper): even a change no report shows, a memo's.
   */
  onFilesWritten?: () => void;
}

/** Why the annotations cannot be used until a backup is restored; the files are left as they are. */
export interface AnnotationStoreProblem {
  file: 'snapshot' | 'journal';
  kind: 'corrupt' | 'newer-version' | 'invalid' | 'io';
  /** Names the file and what is wrong with it (English; wrapped in both languages by the service). */
  detail: string;
}

export interface RestoreOutcome {
  /** The backup put in place, or null when a damaged journal was cut back to its last good entry. */
  restoredBackup: string | null;
  /** Copies of the replaced files, kept because they may hold work the restored state lacks. */
  setAside: string[];
}

export class AnnotationsUnavailableError extends Error {
  constructor(readonly problem: AnnotationStoreProblem) {
    super(problem.detail);
    this.name = 'AnnotationsUnavailableError';
  }
}

export class NoGoodBackupError extends Error {
  constructor() {
    super('no backup of annotations.json can be opened');
    this.name = 'NoGoodBackupError';
  }
}

/** What the files on disk hold: a state, or why they cannot be read. */
type DiskReading =
  | { state: AnnotationState; lastSeq: number; pendingEntries: number; intactBytes: number; stamp?: string }
  | { problem: AnnotationStoreProblem; journalGoodEntries?: JournalEntry[] };

/**
 * The project's annotations on disk: `annotations.json`, a versioned DurableJsonStore snapshot
 * with rolling backups, plus `annotations.journal`, the changes saved since that snapshot.
 *
 * Every change is one fsynced journal line, applied to memory only once it is durable, so killing
 * the process at any moment leaves the old or the new state. Now and then (see CheckpointPolicy,
 * and on close) the state is written as a new snapshot, the previous snapshot becomes a backup,
 * and the journal is emptied.
 *
 * Opening only reads the annotations (a project's workbench also notes that their schema accepted
 * the snapshot: `snapshotCheckNotePath`; readers do not). A process becomes the writer at its first
 * change: it takes the writer lock, re-reads the files (another process may have written since) and
 * decides the change again on what they hold. So a command-line export beside the running app
 * writes nothing, and a second writer is refused instead of interleaving change numbers with the
 * first.
 *
 * A damaged or newer file does not stop the project from opening: the store opens unavailable,
 * reports the problem, refuses every change and writes nothing until a backup is restored.
 */
export class AnnotationStore {
  private readonly snapshot: DurableJsonStore<AnnotationSnapshot>;
  private readonly journal: AnnotationJournal;
  private readonly lock: ProjectWriterLock;
  private readonly policy: CheckpointPolicy;
  private readonly clock: () => number;
  private current: AnnotationState | undefined;
  private problem: AnnotationStoreProblem | undefined;
  /** Entries before a journal's damage: what restoring without a backup keeps. */
  private journalGoodEntries: JournalEntry[] | undefined;
  private lastSeq = 0;
  /** Journal entries not yet in the snapshot. */
  private entriesSinceCheckpoint = 0;
  /** Holding the writer lock, with the journal open for appending. */
  private writing = false;
  /** The files as last read, to tell whether another process wrote them since. */
  private stampRead: string | undefined;
  private intactBytesRead = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Every change, checkpoint and restore runs alone, in call order. */
  private queue: Promise<void> = Promise.resolve();

  private readonly onFilesWritten: () => void;

  private constructor(options: AnnotationStoreOptions) {
    this.onFilesWritten = options.onFilesWritten ?? (() => undefined);
    this.policy = { ...DEFAULT_CHECKPOINT_POLICY, ...options.checkpoint };
    this.clock = options.clock ?? Date.now;
    this.snapshot = new DurableJsonStore<AnnotationSnapshot>({
      path: options.snapshotPath,
      schema: AnnotationSnapshotSchema,
      schemaVersion: ANNOTATIONS_SCHEMA_VERSION,
      defaults: emptyAnnotationSnapshot,
      // Compact: the snapshot of a large project runs to megabytes and is read whole at every start.
      prettyPrint: false,
      // Every checkpoint is a version worth keeping; checkpoints are already spaced by the policy.
      backups: { keep: options.keepBackups ?? 10, minIntervalMs: 0 },
      ...(options.snapshotCheckNotePath !== undefined && {
        schemaCheckNotePath: options.snapshotCheckNotePath,
        schemaCheckNoteReadOnly: options.snapshotCheckNoteReadOnly ?? false,
      }),
      clock: this.clock,
    });
    this.journal = new AnnotationJournal(options.journalPath);
    this.lock = options.writerLock ?? new ProjectWriterLock(`${options.journalPath}.lock`);
  }

  /** Opens the annotations for reading; never throws for a damaged file (see `unavailable`). */
  static async open(options: AnnotationStoreOptions): Promise<AnnotationStore> {
    const store = new AnnotationStore(options);
    await store.exclusive(async () => store.adopt(await store.readDisk()));
    return store;
  }

  get unavailable(): AnnotationStoreProblem | undefined {
    return this.problem;
  }

  /** The current state; throws AnnotationsUnavailableError while a file is damaged. */
  get state(): AnnotationState {
    if (this.problem !== undefined || this.current === undefined) {
      throw new AnnotationsUnavailableError(
        this.problem ?? { file: 'snapshot', kind: 'io', detail: 'annotations are not open' },
      );
    }
    return this.current;
  }

  /**
   * Runs `decide` on the current state, alone: it returns the change to save (or nothing) and a
   * result. The change is durable before it is applied and before this resolves; `saved` runs right
   * after, before any other change, e.g. to record it for undo. If `decide` throws, or saving
   * fails, nothing changes. `decide` may run twice (see the class comment), so it must not have
   * effects of its own.
   */
  transact<R>(
    decide: (state: AnnotationState) => { change?: AnnotationChange; result: R },
    saved?: (change: AnnotationChange, result: R) => void,
  ): Promise<R> {
    return this.exclusive(async () => {
      if (this.closed) throw new Error('annotations are closed');
      let decision = decide(this.state);
      if (decision.change === undefined || isEmptyChange(decision.change)) return decision.result;
      if (!this.writing) {
        await this.becomeWriter();
        decision = decide(this.state);
        if (decision.change === undefined || isEmptyChange(decision.change)) return decision.result;
      }
      await this.save(this.state, decision.change);
      saved?.(decision.change, decision.result);
      return decision.result;
    });
  }

  /** Writes the whole state as a new snapshot (the old one becomes a backup) and empties the journal. */
  checkpoint(): Promise<void> {
    return this.exclusive(() => this.checkpointNow());
  }

  listBackups(): Promise<BackupSummary[]> {
    return this.snapshot.listBackups();
  }

  /**
   * Brings the annotations back to a good state, setting aside (never deleting) what it replaces:
   * - with `name`, that backup of the snapshot;
   * - without, after a damaged journal, the snapshot plus the journal up to the damage;
   * - without, otherwise, the newest backup that opens.
   */
  restore(name?: string): Promise<RestoreOutcome> {
    return this.exclusive(async () => {
      await this.lock.acquire(LOCK_HOLDER);
      const setAside: string[] = [];
      const now = new Date(this.clock());
      if (
        name === undefined &&
        this.problem?.file === 'journal' &&
        this.problem.kind === 'corrupt' &&
        this.journalGoodEntries
      ) {
        const good = this.journalGoodEntries;
        const aside = await this.journal.setAside('damaged', now);
        if (aside !== null) setAside.push(aside);
        const base = this.snapshot.data;
        const state = new AnnotationState(base);
        for (const entry of good) if (entry.seq > base.appliedSeq) state.apply(entry.change);
        const lastSeq = Math.max(base.appliedSeq, ...good.map((entry) => entry.seq));
        await this.snapshot.update(() => ({ appliedSeq: lastSeq, ...state.toRecords() }));
        await this.startWriting(0);
        await this.journal.recordSaved(lastSeq);
        this.adopt({ state, lastSeq, pendingEntries: 0, intactBytes: 0 });
        this.onFilesWritten();
        return { restoredBackup: null, setAside };
      }

      let chosen = name;
      if (chosen === undefined) {
        chosen = (await this.snapshot.listBackups()).find((backup) => backup.readable)?.name;
        if (chosen === undefined) throw new NoGoodBackupError();
      }
      // The snapshot and the journal are set aside together: the pair holds the replaced state whole.
      const restored = await this.snapshot.restoreBackup(chosen);
      if (restored.setAsidePath !== null) setAside.push(restored.setAsidePath);
      const journalAside = await this.journal.setAside('replaced', now);
      if (journalAside !== null) setAside.push(journalAside);
      await this.startWriting(0);
      const base = this.snapshot.data;
      await this.journal.recordSaved(base.appliedSeq);
      this.adopt({ state: new AnnotationState(base), lastSeq: base.appliedSeq, pendingEntries: 0, intactBytes: 0 });
      this.onFilesWritten();
      return { restoredBackup: restored.restored.name, setAside };
    });
  }

  /** Folds this process's changes into the snapshot and releases the files. */
  close(): Promise<void> {
    return this.exclusive(async () => {
      this.clearIdleTimer();
      if (this.closed) return;
      if (this.writing && this.problem === undefined && this.entriesSinceCheckpoint > 0) await this.checkpointNow();
      this.closed = true;
      this.writing = false;
      await this.journal.close();
      await this.lock.release(LOCK_HOLDER);
      await this.snapshot.flush();
    });
  }

  private async diskStamp(): Promise<string> {
    return `${await fileStamp(this.snapshot.path)}|${await fileStamp(this.journal.path)}`;
  }

  private async readDisk(): Promise<DiskReading> {
    // Taken before reading: a write landing during the read changes the files after it, so the
    // stamp then differs from theirs and the next comparison re-reads rather than trusting this one.
    const stamp = await this.diskStamp();
    // Read first: it never runs ahead of the journal, so a change written meanwhile cannot look missing.
    const savedSeq = await this.journal.savedSeq();
    // The journal is read before the snapshot: a checkpoint landing between the two reads then
    // only makes the snapshot newer than the journal read (its entries are skipped by seq), whereas
    // the other order could pair an old snapshot with the emptied journal and lose the changes.
    const journalRead = await this.journal.read().then(
      (read) => ({ read }),
      (error: unknown) => ({ error }),
    );
    try {
      await this.snapshot.open();
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      return { problem: { file: 'snapshot', kind: error.kind, detail: error.message } };
    }
    const base = this.snapshot.data;
    if ('error' in journalRead) {
      const { error } = journalRead;
      if (error instanceof JournalProblem) {
        return {
          problem: { file: 'journal', kind: error.kind, detail: error.message },
          journalGoodEntries: error.validEntries,
        };
      }
      return {
        problem: {
          file: 'journal',
          kind: 'io',
          detail: StoreError.fromFileSystem(this.journal.path, 'read', error).message,
        },
      };
    }
    const { entries, intactBytes } = journalRead.read;
    const pending = entries.filter((entry) => entry.seq > base.appliedSeq);
    const gap = pending.findIndex((entry, index) => entry.seq !== base.appliedSeq + index + 1);
    if (gap !== -1) {
      return {
        problem: {
          file: 'journal',
          kind: 'corrupt',
          detail: `annotations.journal does not continue annotations.json: it holds change ${pending[gap]!.seq} where ${base.appliedSeq + gap + 1} was expected`,
        },
        journalGoodEntries: pending.slice(0, gap),
      };
    }
    const lastSeq = pending.at(-1)?.seq ?? base.appliedSeq;
    if (savedSeq !== undefined && savedSeq > lastSeq) {
      return {
        problem: {
          file: 'journal',
          kind: 'corrupt',
          detail: `annotations.journal ends at change ${lastSeq} but changes up to ${savedSeq} were saved: ${savedSeq - lastSeq} change(s) are missing (the file was cut or emptied)`,
        },
        journalGoodEntries: pending,
      };
    }
    const state = new AnnotationState(base);
    for (const entry of pending) state.apply(entry.change);
    return { state, lastSeq, pendingEntries: pending.length, intactBytes, stamp };
  }

  private adopt(reading: DiskReading): void {
    if ('problem' in reading) {
      this.current = undefined;
      this.problem = reading.problem;
      this.journalGoodEntries = reading.journalGoodEntries;
      return;
    }
    this.current = reading.state;
    this.problem = undefined;
    this.journalGoodEntries = undefined;
    this.lastSeq = reading.lastSeq;
    this.entriesSinceCheckpoint = reading.pendingEntries;
    this.stampRead = reading.stamp;
    this.intactBytesRead = reading.intactBytes;
  }

  /**
   * Takes the writer lock and re-reads the files, since another process may have written them since
   * they were read. Throws ProjectLockedError while another process writes.
   */
  private async becomeWriter(): Promise<void> {
    await this.lock.acquire(LOCK_HOLDER);
    try {
      // Re-reading a large snapshot costs a good part of a second: skip it when nothing was written.
      if (this.stampRead === undefined || this.stampRead !== (await this.diskStamp())) {
        const reading = await this.readDisk();
        this.adopt(reading);
        if ('problem' in reading) throw new AnnotationsUnavailableError(reading.problem);
      }
      await this.startWriting(this.intactBytesRead);
    } catch (error) {
      await this.lock.release(LOCK_HOLDER);
      throw error;
    }
  }

  /** Opens the journal for appending, cutting off what an interrupted write left; only a lock holder may. */
  private async startWriting(intactBytes: number): Promise<void> {
    await this.journal.openForAppend(intactBytes);
    this.writing = true;
  }

  private async save(state: AnnotationState, change: AnnotationChange): Promise<void> {
    const entry: JournalEntry = { seq: this.lastSeq + 1, at: new Date(this.clock()).toISOString(), change };
    await this.journal.append(entry);
    this.onFilesWritten();
    this.lastSeq = entry.seq;
    state.apply(change);
    this.entriesSinceCheckpoint += 1;
    if (this.entriesSinceCheckpoint >= this.policy.hardLimit) {
      // The change is already durable in the journal: a checkpoint that fails must not report it lost.
      await this.checkpointNow().catch(warnCheckpointFailed);
    } else if (this.entriesSinceCheckpoint >= this.policy.afterEntries) {
      this.scheduleIdleCheckpoint();
    }
  }

  /** Only the writer checkpoints: a reader's snapshot could lack changes another process is making. */
  private async checkpointNow(): Promise<void> {
    this.clearIdleTimer();
    if (this.closed || !this.writing || this.current === undefined || this.problem !== undefined) return;
    const records = this.current.toRecords();
    const appliedSeq = this.lastSeq;
    await this.snapshot.update(() => ({ appliedSeq, ...records }));
    this.onFilesWritten();
    // A crash here leaves entries the snapshot already holds; opening skips them by their number.
    await this.journal.clear();
    this.entriesSinceCheckpoint = 0;
  }

  private scheduleIdleCheckpoint(): void {
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      this.checkpoint().catch(warnCheckpointFailed);
    }, this.policy.idleMs);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  private exclusive<R>(step: () => Promise<R>): Promise<R> {
    const result = this.queue.then(step);
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** A checkpoint that fails (a full disk) loses nothing, the journal still holds every change; the next one retries. */
function warnCheckpointFailed(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.emitWarning(`annotations checkpoint failed: ${message}`, { code: 'QARIN_CHECKPOINT_FAILED' });
}
