import { mkdir } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { basename } from 'node:path';
import { EventHub } from '../api/eventHub';
import { ImportService } from './import/importService';
import { Library } from './project/library';
import { projectLayout } from './project/projectLayout';
import { openLibraryStore, openSettingsStore } from './project/projectStores';
import { TextStore } from './project/textStore';
import { LibraryJournal } from './project/libraryJournal';
import { SearchService } from './search/searchService';
import { libraryDocuments } from './annotations/annotationDocuments';
import { AnnotationService } from './annotations/annotationService';
import { createHandlers } from './createHandlers';
import { CompareService } from './compare/compareService';
import { UserLexicons } from './compare/userLexicons';
import { ProjectLockedError, ProjectWriterLock } from './persistence/ProjectWriterLock';
import { fileStamp } from './persistence/fileStamp';
import { libraryListingLines, writeLibraryListing } from './project/writeLibraryListing';
import { libraryBytesHash, libraryFilesStamp } from './project/libraryListing';
import { projectMessages } from './project/projectMessages';
import { annotationError } from './annotations/annotationMessages';
import type { LibraryEntry } from './project/libraryEntry';
import { ReportService } from './report/reportService';
import {
  HIGHLIGHT_TABLES_AFTER_OPEN_MS,
  HIGHLIGHT_TABLES_QUIET_MS,
  HighlightTablesKeeper,
  refreshHighlightTablesInWorker,
} from './search/highlightTablesKeeper';
import { chromiumPdfPrinter } from './report/chromiumPdf';
import { delayedTask } from './delayedTask';
import { loadReportFonts } from './report/reportFonts';

/**
 * How long after opening the copy of the library's parsed value is written: after the first
 * screen's calls, so that serializing it (0.25 s of this thread at ANT's size, a piece at a time)
 * does not slow them.
 */
export const LIBRARY_COPY_AFTER_OPEN_MS = 8_000;

/** How long an import waits for another process's import to finish before it is refused. */
const IMPORT_LOCK_WAIT_MS = 2_000;
import type { OpenWorkbenchOptions, Workbench } from './workbench';

/**
 * Opens (or creates) a project folder. A damaged or newer library or settings file stops here
 * with a StoreError that names the file: the project is never silently started empty.
 */
export async function openWorkbench(options: OpenWorkbenchOptions): Promise<Workbench> {
  const layout = projectLayout(options.projectDir);
  await mkdir(layout.root, { recursive: true });
  // Started first, so the persisted index is read in its worker while the library loads here.
  const search = new SearchService(layout, {
    preload: options.preloadSearch ?? true,
    signatures: options.similaritySignatures ?? true,
    longLived: options.longLived,
  });
  const libraryStore = openLibraryStore(layout);
  const settingsStore = openSettingsStore(layout);
  const journal = new LibraryJournal(layout.libraryJournal);
  let journaled: LibraryEntry[];
  try {
    await libraryStore.open();
    await settingsStore.open();
    journaled = await journal.read();
  } catch (error) {
    await search.close();
    throw error;
  }

  const isNewProject = libraryStore.openedFromVersion === null && journaled.length === 0;
  const writerLock = new ProjectWriterLock(layout.lock);
  const library = new Library(libraryStore.data);
  for (const entry of journaled) library.put(entry);
  // Batches an import saved before it was stopped are written into the library file, unless
  // another process is writing the project now (its import is what the journal holds): it will.
  if (journaled.length > 0) await foldJournal(writerLock, libraryStore, journal, library);
  // The library as this process last read or wrote it: another stamp means another process saved it.
  const libraryStamp = () => libraryFilesStamp(layout);
  let libraryStampKnown = await libraryStamp();
  /** The library's revision when it held just what its files hold: an import adds reports before it saves them. */
  let libraryRevisionSaved = library.revision;
  /** Writes the whole library into its file; resolves to the revision written. */
  const writeLibraryFile = async (): Promise<number> => {
    let revision = library.revision;
    await libraryStore.update(() => {
      revision = library.revision;
      return library.toData();
    });
    return revision;
  };
  const noteSearchTables = async () => {
    // The stamp noted is the one checked here: another process may save the library meanwhile.
    const library = await fileStamp(layout.library);
    if (`${library}+${await fileStamp(layout.libraryJournal)}` === libraryStampKnown) {
      await search.noteLibraryMatchesTables(library);
    }
  };
  // The listing `qarin docs` reads, written one after another, off the path of the call that asks.
  let listingWrites = Promise.resolve();
  /**
   * Writes the listing of the library as it is now. It lives in the index folder, which saving the
   * index replaces whole: it is written meanwhile, and moved in once `indexSaved` has settled.
   */
  const noteLibraryListing = (indexSaved: Promise<unknown> = Promise.resolve()): Promise<void> => {
    listingWrites = listingWrites
      .then(async () => {
        // Not while the library holds reports an import has not saved: the listing would name them
        // for files that do not, and keep naming them if the import were stopped.
        const stamp = await libraryStamp();
        const ofSavedLibrary = () => stamp === libraryStampKnown && library.revision === libraryRevisionSaved;
        if (!ofSavedLibrary()) return;
        const librarySha256 = await libraryBytesHash(layout, stamp);
        if (!ofSavedLibrary()) return;
        await writeLibraryListing(layout, libraryListingLines(library, stamp, librarySha256), indexSaved);
      })
      .catch((error: unknown) => {
        // A listing not written only costs `qarin docs` the slower way: it is a cache.
        process.emitWarning(`library listing not written: ${error instanceof Error ? error.message : String(error)}`);
      });
    return listingWrites;
  };
  const texts = new TextStore(layout.texts);
  const events = new EventHub();
  const highlightTables =
    options.keepHighlightTables === undefined
      ? undefined
      : new HighlightTablesKeeper(async () => {
          // An import swaps the index folder the tables live in: they are written between imports.
          await imports.whenIdle();
          return refreshHighlightTablesInWorker(layout.root);
        }, options.keepHighlightTables.quietMs ?? HIGHLIGHT_TABLES_QUIET_MS);
  search.attach(library);
  // A damaged annotations file does not stop the project from opening: the service opens
  // unavailable, says why through annotations.status, and refuses changes until a restore.
  const annotations = await AnnotationService.open({
    snapshotPath: layout.annotations,
    journalPath: layout.annotationJournal,
    snapshotCheckNotePath: layout.annotationsCheckNote,
    documents: libraryDocuments(library, texts),
    projectName: basename(layout.root),
    writerLock,
    onFilesWritten: () => highlightTables?.wake(),
    onChanged: (changed) => {
      events.emit(
        'annotations.changed',
        changed !== 'all' && changed.docIds.length === 1 ? { docId: changed.docIds[0] } : {},
      );
    },
    onHistoryChanged: (status) => events.emit('history.changed', status),
  });
  // Heals a crash between saving an import's library and re-anchoring its highlights.
  await annotations.reconcile();
  highlightTables?.checkLater(options.keepHighlightTables?.afterOpenMs ?? HIGHLIGHT_TABLES_AFTER_OPEN_MS);
  const libraryCopy =
    options.keepLibraryCopy === undefined
      ? undefined
      : delayedTask(
          () => libraryStore.saveParsedCopy(),
          options.keepLibraryCopy.afterOpenMs ?? LIBRARY_COPY_AFTER_OPEN_MS,
        );
  const imports = new ImportService(
    {
      library,
      texts,
      textsDir: layout.texts,
      index: (entries, newTexts) => search.index(entries, newTexts),
      claim: async (jobId) => {
        try {
          await writerLock.acquire(`import:${jobId}`, IMPORT_LOCK_WAIT_MS);
        } catch (error) {
          if (!(error instanceof ProjectLockedError)) throw error;
          throw annotationError('conflict', projectMessages.lockedByAnotherProcess(error.ownerPid, error.ownerCommand));
        }
      },
      release: (jobId) => writerLock.release(`import:${jobId}`),
      catchUp: async () => {
        if ((await libraryStamp()) === libraryStampKnown) return;
        await libraryStore.open();
        const saved = [...libraryStore.data.documents, ...(await journal.read())];
        libraryStampKnown = await libraryStamp();
        const entries: LibraryEntry[] = [];
        const newTexts = new Map<string, string>();
        for (const entry of saved) {
          if (library.get(entry.id)?.sha256 === entry.sha256) continue;
          library.put(entry);
          entries.push(entry);
          const text = texts.read(entry.sha256);
          if (text !== undefined) newTexts.set(entry.id, text);
        }
        libraryRevisionSaved = library.revision;
        if (entries.length > 0) await search.index(entries, newTexts);
      },
      saveLibrary: async (entries) => {
        // The library holds these and what was saved before; it may take more while they are written.
        const journaledRevision = library.revision;
        // The first batch of a new project creates the library file; later ones are journaled.
        const revision =
          (await fileStamp(layout.library)) === 'absent'
            ? await writeLibraryFile()
            : await journal.append(entries).then(() => journaledRevision);
        libraryStampKnown = await libraryStamp();
        libraryRevisionSaved = revision;
      },
      commit: async () => {
        // The index is written by its worker while this thread writes the library, the listing and
        // the highlights. Since the tables are written as they are encoded, the two at once no longer
        // raise the peak memory of a large import (2,048 MB against 2,137 MB one after the other, four
        // times ANT), and ANT's import ends 1.3-3.8 s sooner. The worker is asked first and the
        // library encoded only a turn later: encoding it holds this thread for a second or more, which
        // the request would otherwise wait behind. The library is saved even when the index cannot
        // be: the index is a cache of it.
        const indexSaved = search.persist();
        indexSaved.catch(() => undefined);
        await nextTurn();
        const revision = await writeLibraryFile();
        // Only once the library file holds every journaled report.
        await journal.clear();
        libraryStampKnown = await libraryStamp();
        libraryRevisionSaved = revision;
        void noteLibraryListing(indexSaved);
        // After the library is durable, so highlights never point into a text the library does not name.
        // A failure here must not fail the import: the next opening of the project re-anchors again.
        await annotations.reconcile().catch((error: unknown) => {
          process.emitWarning(
            `re-anchoring highlights failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
        await indexSaved;
        await noteSearchTables();
        // Saving the index replaced the folder the highlights' tables live in.
        highlightTables?.wake();
        if (options.settleAfterImport ?? true) search.settleInBackground();
      },
    },
    options.importCommitEvery,
  );

  const compare = new CompareService({ library, texts, lexicons: new UserLexicons(layout.lexicons, writerLock) });
  const documents = libraryDocuments(library, texts);
  const reports = new ReportService({
    material: () => annotations.reportMaterial(),
    documents,
    compare,
    projectName: basename(layout.root),
    fonts: () => loadReportFonts(options.reportFontsDir),
    printPdf: options.printPdf ?? chromiumPdfPrinter(),
  });
  const handlers = createHandlers({
    layout,
    library,
    texts,
    search,
    imports,
    settingsStore,
    events,
    annotations,
    compare,
    reports,
  });
  if (isNewProject && options.seedsDir) {
    await handlers['import.start']({ paths: [options.seedsDir] });
  }

  return {
    projectDir: layout.root,
    handlers,
    events,
    noteSearchTables,
    noteLibraryListing: () => noteLibraryListing(),
    highlightTablesKept: async () => highlightTables?.settled(),
    libraryCopyKept: async () => libraryCopy?.settled(),
    async close() {
      await libraryCopy?.cancel();
      await imports.whenIdle();
      await listingWrites;
      await highlightTables?.close();
      await annotations.close();
      await highlightTables?.finalPass();
      await search.close();
      await settingsStore.flush();
      await libraryStore.flush();
    },
  };
}

/**
 * Writes the journaled reports (already put in `library`) into the library file and removes the
 * journal, when no other process writes the project; otherwise leaves both as they are.
 */
async function foldJournal(
  writerLock: ProjectWriterLock,
  libraryStore: ReturnType<typeof openLibraryStore>,
  journal: LibraryJournal,
  library: Library,
): Promise<void> {
  try {
    await writerLock.acquire('open');
  } catch {
    // Another process writes the project (or it cannot be written): the library is read as it is.
    return;
  }
  try {
    await libraryStore.update(() => library.toData());
    await journal.clear();
  } catch (error) {
    // The journal stays and is read again next time: the reports are in this process's library.
    process.emitWarning(`${journal.path}: not written into the library: ${(error as Error).message}`);
  } finally {
    await writerLock.release('open');
  }
}
