import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import type { ImportReportSchema, ImportProgressSchema } from '../../api/importSchemas';
import type { Library } from '../project/library';
import type { TextStore } from '../project/textStore';
import { originOf, type LibraryEntry } from '../project/libraryEntry';
import { scanInputs } from './scanInputs';
import type { PostedDocument, PreparedDocument } from './preparedDocument';
import { copiedTogether, textString, type IndexText } from '../workers/textUnits';
import { readFilesInWorkers } from './readFilesInWorkers';
import { emptyImportReport } from './emptyImportReport';
import { importMessages } from './importMessages';
import { fileSystemReason } from '../persistence/fileSystemReason';

export type ImportReport = z.output<typeof ImportReportSchema>;
export type ImportProgress = z.output<typeof ImportProgressSchema>;

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** What an import needs from the rest of the project, so it can be tested and reused alone. */
export interface ImportTarget {
  library: Library;
  texts: TextStore;
  /**
   * The folder of `texts`, when the import workers may store texts there themselves as they read
   * them (the main thread then writes none); without it, texts are stored through `texts`.
   */
  textsDir?: string;
  /**
   * Makes this import one of the project's writers (the writer lock, shared with annotations);
   * throws while another process writes the project, so the start is refused rather than racing.
   */
  claim(jobId: string): Promise<void>;
  /** Brings the library up to what is on disk (another process may have imported since), before reading it. */
  catchUp(): Promise<void>;
  release(jobId: string): Promise<void>;
  /**
   * Index (or re-index) these entries, whose texts are `texts` by id; called in batches while files
   * are read. Texts as code units are handed on, not copied: the caller must not use them again,
   * and gives all the texts that share a buffer in one call.
   */
  index(entries: LibraryEntry[], texts: Map<string, IndexText>): Promise<void>;
  /**
   * Make durable the reports accepted since the last save, so a crash keeps the reports read so
   * far (their texts are already stored); `entries` are those reports, in the order accepted.
   */
  saveLibrary(entries: LibraryEntry[]): Promise<void>;
  /** Make the library and index durable; called once at the end, also after a cancel or a failure. */
  commit(): Promise<void>;
}

/** How many new reports an import reads between two saves of the library (the index is a cache, saved at the end). */
export const DEFAULT_COMMIT_EVERY = 2_000;

/**
 * How many accepted reports go to the index together: one call per file cost a message each way
 * and a similarity upkeep per call; a few hundred keep the index close behind the reading.
 */
const INDEX_BATCH = 500;

/**
 * The first batch of an import is smaller, and each next one twice as large up to INDEX_BATCH: the
 * index then starts while the first files are read, where it waited for 500 reports while the
 * reading, not yet compiled, was at its slowest (a core idle for half a second of ANT's import).
 */
const FIRST_INDEX_BATCH = 32;

/**
 * How many batches of reports read elsewhere (`addPrepared`) may wait for the index while the
 * next is prepared: enough that the index never waits for one, few enough that the texts of a
 * whole project are not all copied to its thread at once.
 */
const PREPARED_BATCHES_AHEAD = 2;

/**
 * How many batches of accepted reports may wait for the index before the import workers are asked
 * to pause, and how few let them go on. Reading outran indexing, and the texts waiting, held by
 * this thread until the index took them, grew without end: 800 MB over a corpus four times ANT.
 * Going on while two batches still wait keeps the index from ever waiting for the reading.
 */
const BATCHES_WAITING_TO_PAUSE = 4;
const BATCHES_WAITING_TO_RESUME = 2;

export interface ImportOptions {
  maxFileBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

interface RunningImport {
  jobId: string;
  cancel(): void;
}

/**
 * Imports files and folders into a project: a worker reads and parses, this side decides what is
 * new, changed, unchanged or a duplicate, stores texts, and hands new text to the index. Imports run
 * one after another, so two never race on the library.
 */
export class ImportService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly running = new Map<string, RunningImport>();

  constructor(
    private readonly target: ImportTarget,
    private readonly commitEvery = DEFAULT_COMMIT_EVERY,
  ) {}

  /**
   * Starts an import and returns its job id once the project's writer lock is held; the report
   * comes through the promise. Throws (having started nothing) when another process writes the project.
   */
  async start(paths: string[], options: ImportOptions = {}): Promise<{ jobId: string; done: Promise<ImportReport> }> {
    const jobId = randomUUID();
    await this.target.claim(jobId);
    let cancelRequested = false;
    const job: RunningImport = { jobId, cancel: () => (cancelRequested = true) };
    this.running.set(jobId, job);
    const done = this.queue.then(() =>
      this.run(jobId, paths, options, job, () => cancelRequested).finally(async () => {
        this.running.delete(jobId);
        await this.target.release(jobId);
      }),
    );
    this.queue = done.catch(() => undefined);
    return { jobId, done };
  }

  /**
   * Adds reports read elsewhere (the text sources of a REFI-QDA project), in turn with the other
   * imports and decided the same way: new, unchanged, or a duplicate of a report already here.
   * `documents` is drawn a batch at a time, so a caller that prepares each one as it is asked for
   * (counting words, finding boilerplate) does so while the index takes the batches before.
   */
  async addPrepared(documents: Iterable<PreparedDocument>): Promise<ImportReport> {
    // A writer like any import: it holds the project's lock and starts from what is on disk.
    const jobId = randomUUID();
    await this.target.claim(jobId);
    const done = this.queue.then(async () => {
      try {
        await this.target.catchUp();
        const report = emptyImportReport();
        const indexing: Promise<void>[] = [];
        let failure: unknown;
        for (const batch of inBatches(documents, INDEX_BATCH)) {
          const accepted = this.accept(batch, report);
          if (accepted.entries.length > 0) {
            const indexed = this.target.index(accepted.entries, accepted.texts);
            // Awaited below, all together; until then a failure must not count as unhandled.
            indexed.catch(() => undefined);
            indexing.push(indexed);
          }
          if (accepted.failure !== undefined) {
            failure = accepted.failure;
            break;
          }
          // The index works through its queue in its own thread meanwhile; a queue kept short
          // keeps few texts copied there at once.
          const behind = indexing[indexing.length - 1 - PREPARED_BATCHES_AHEAD];
          await (behind ?? nextTurn());
        }
        await Promise.all(indexing);
        await this.target.commit();
        if (failure !== undefined) throw failure;
        return report;
      } finally {
        await this.target.release(jobId);
      }
    });
    this.queue = done.catch(() => undefined);
    return done;
  }

  /** Resolves when every import started so far has finished. */
  whenIdle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    job?.cancel();
    return job !== undefined;
  }

  private async run(
    jobId: string,
    paths: string[],
    options: ImportOptions,
    job: RunningImport,
    isCancelled: () => boolean,
  ): Promise<ImportReport> {
    const started = performance.now();
    const report = emptyImportReport();
    const progress = (phase: ImportProgress['phase'], done: number, total: number, path?: string) =>
      options.onProgress?.({ jobId, phase, done, total, path });

    await this.target.catchUp();
    progress('scanning', 0, 0);
    const { files, errors } = await scanInputs(paths);
    report.errors.push(...errors);
    report.filesScanned = files.length;

    let pendingIndex: Promise<void> = Promise.resolve();
    let filesDone = 0;
    let acceptedSinceSave = 0;
    let unsaved: LibraryEntry[] = [];
    const indexBatch = Math.min(INDEX_BATCH, this.commitEvery);
    let nextBatch = Math.min(FIRST_INDEX_BATCH, indexBatch);
    let storing: unknown;
    let unindexed: AcceptedBatch = { entries: [], texts: new Map() };
    /** Reports sent to the index that it has not taken yet, and whether the reading is paused for them. */
    let waitingForIndex = 0;
    let readingPaused = false;
    // Called between two files: a file's texts share a buffer, which goes to the index once.
    const sendToIndex = () => {
      const { entries, texts } = unindexed;
      if (entries.length === 0) return;
      unindexed = { entries: [], texts: new Map() };
      waitingForIndex += entries.length;
      pendingIndex = pendingIndex
        .then(() => this.target.index(entries, texts))
        .finally(() => {
          waitingForIndex -= entries.length;
          if (readingPaused && waitingForIndex <= BATCHES_WAITING_TO_RESUME * indexBatch) {
            readingPaused = false;
            reading.resume();
          }
        });
      if (!readingPaused && waitingForIndex >= BATCHES_WAITING_TO_PAUSE * indexBatch) {
        readingPaused = true;
        reading.pause();
      }
    };
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const { textsDir } = this.target;
    const reading = readFilesInWorkers(files, { maxFileBytes, textsDir }, (message) => {
      filesDone++;
      if (storing !== undefined) return;
      report.errors.push(...message.errors);
      const batch = this.accept(message.documents, report, textsDir !== undefined);
      if (batch.failure === undefined && message.storeFailure !== undefined) {
        const { message: said, code } = message.storeFailure;
        batch.failure = Object.assign(new Error(said), { code });
      }
      if (batch.failure !== undefined) {
        // The project cannot take more (full, read-only): stop reading, keep what is stored.
        storing = batch.failure;
        report.errors.push({ path: message.path, reason: importMessages.cannotStore(fileSystemReason(batch.failure)) });
        reading.cancel();
      }
      for (const entry of batch.entries) {
        const text = batch.texts.get(entry.id);
        // An accepted report always brings its text; indexing it empty would hide it from search.
        if (text === undefined) throw new Error(`the text of report ${entry.id} went missing after it was accepted`);
        unindexed.entries.push(entry);
        unindexed.texts.set(entry.id, text);
        unsaved.push(entry);
      }
      if (unindexed.entries.length >= nextBatch) {
        sendToIndex();
        nextBatch = Math.min(nextBatch * 2, indexBatch);
      }
      acceptedSinceSave += batch.entries.length;
      if (acceptedSinceSave >= this.commitEvery) {
        acceptedSinceSave = 0;
        sendToIndex();
        // A save takes every report accepted by the time it runs, not only this batch's.
        pendingIndex = pendingIndex.then(() => {
          const entries = unsaved;
          unsaved = [];
          return this.target.saveLibrary(entries);
        });
      }
      progress('reading', filesDone, files.length, message.path);
    });
    job.cancel = () => reading.cancel();
    if (isCancelled()) reading.cancel();
    try {
      report.cancelled = (await reading.finished) && storing === undefined;
    } catch (error) {
      // A worker that died (out of memory) ends the reading, not what was read: it is saved below.
      report.errors.push({ path: paths.join(', '), reason: importMessages.readingStopped(reasonOf(error)) });
    }
    sendToIndex();
    progress('indexing', filesDone, files.length);
    // Whatever happened, the library on disk ends up holding what this process shows.
    await pendingIndex.catch((error: unknown) => {
      report.errors.push({ path: paths.join(', '), reason: importMessages.readingStopped(reasonOf(error)) });
    });
    progress('saving', filesDone, files.length);
    await this.target.commit();
    report.elapsedMs = Math.round(performance.now() - started);
    progress('done', filesDone, files.length);
    return report;
  }

  /** Decides, for each parsed report, whether it is new, an update, unchanged or a duplicate. */
  private accept(
    documents: readonly (PreparedDocument | PostedDocument)[],
    report: ImportReport,
    textsStored = false,
  ): AcceptedBatch {
    const { library, texts } = this.target;
    const entries: LibraryEntry[] = [];
    const newTexts = new Map<string, IndexText>();
    const now = new Date().toISOString();
    for (const document of documents) {
      const origin = originOf(document.path, document.key);
      const sameContent = library.findBySha(document.sha256);
      const sameOrigin = library.findByOrigin(origin);
      if (sameContent) {
        if (sameContent.origin === origin) report.unchanged++;
        else report.duplicates.push({ path: locationOf(document, documents.length), duplicateOf: sameContent.id });
        continue;
      }
      try {
        if (!textsStored) texts.write(document.sha256, textString(document.text));
      } catch (failure) {
        return { entries, texts: newTexts, failure };
      }
      const entry: LibraryEntry = {
        id: sameOrigin?.id ?? library.newIdFor(document.sha256),
        title: document.title,
        source: document.meta.source,
        category: document.meta.category,
        date: document.meta.date,
        url: document.meta.url,
        author: document.meta.author,
        externalId: document.meta.externalId,
        abstract: document.meta.abstract,
        path: document.path,
        origin,
        format: document.format,
        encoding: document.encoding,
        wordCount: document.wordCount,
        sha256: document.sha256,
        importedAt: sameOrigin?.importedAt ?? now,
        updatedAt: now,
        boilerplate: document.boilerplate,
        warnings: document.warnings,
      };
      library.put(entry);
      entries.push(entry);
      newTexts.set(entry.id, document.text);
      (sameOrigin ? report.updated : report.added).push({ id: entry.id, path: document.path, title: entry.title });
      if (document.warnings.length > 0) {
        report.warnings.push({ path: document.path, id: entry.id, title: entry.title, warnings: document.warnings });
      }
    }
    // Not every report was taken (a file read again, most of it unchanged): the texts taken are
    // copied out of the buffer they share with the others, whose bytes must not wait for the index.
    if (entries.length < documents.length) keepOnlyTaken(newTexts);
    return { entries, texts: newTexts };
  }
}

/** Replaces the code units in `texts` by copies of them alone (see `IndexText`). */
function keepOnlyTaken(texts: Map<string, IndexText>): void {
  const units = [...texts].filter((entry): entry is [string, Uint16Array] => typeof entry[1] !== 'string');
  const copies = copiedTogether(units.map(([, text]) => text));
  units.forEach(([id], n) => texts.set(id, copies[n]!));
}

interface AcceptedBatch {
  entries: LibraryEntry[];
  texts: Map<string, IndexText>;
  /** Why a text could not be stored; the entries before it are complete. */
  failure?: unknown;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The file, and the report's key inside it when the file holds several (a TREC or JSONL file). */
function locationOf(document: PreparedDocument | PostedDocument, documentsInFile: number): string {
  return documentsInFile > 1 ? `${document.path}#${document.key}` : document.path;
}

/** `items` in arrays of `size`, each drawn only when the one before has been handled. */
function* inBatches<Item>(items: Iterable<Item>, size: number): Generator<Item[]> {
  let batch: Item[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
