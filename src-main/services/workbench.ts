import type { ApiHandlers } from '../api/dispatch';
import type { EventHub } from '../api/eventHub';
import type { HtmlToPdf } from './report/chromiumPdf';

/**
 * An open project with everything the transports need: the contract's handlers and the event hub.
 * Electron, `qarin serve` and the command line each open one and speak to it the same way.
 */
export interface Workbench {
  readonly projectDir: string;
  readonly handlers: ApiHandlers;
  readonly events: EventHub;
  /**
   * Lets one-shot commands search the on-disk tables again (see `noteLibraryMatchesTables`) once
   * this workbench has searched: its index is then up to date with the library. Does nothing when
   * the library file changed since this workbench read or wrote it.
   */
  noteSearchTables?(): Promise<void>;
  /**
   * Writes the library listing `qarin docs` reads instead of the library (see `libraryListing`),
   * unless the library file changed since this workbench read or wrote it.
   */
  noteLibraryListing?(): Promise<void>;
  /**
   * Resolves once the highlights' search tables this workbench keeps for one-shot commands (see
   * HighlightTablesKeeper) are written, or nothing is waiting to write them.
   */
  highlightTablesKept?(): Promise<void>;
  /** Resolves once the copy of the library's parsed value (see `keepLibraryCopy`) is written, or will not be. */
  libraryCopyKept?(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenWorkbenchOptions {
  projectDir: string;
  /** Imported when the project is new (the bundled first-run corpus). */
  seedsDir?: string;
  /**
   * Read the persisted search index at once, alongside the library (default). Commands that never
   * search (listing, showing a document) turn it off and never start the search worker.
   */
  preloadSearch?: boolean;
  /**
   * The process stays open after its first answers (the app, `qarin serve`): it holds its memory
   * all session, so its search worker keeps a small young generation, at a little of a large
   * import's speed. A one-shot command runs at V8's default.
   */
  longLived?: boolean;
  /** Keep similarity signatures with the search index (default true; off only to measure their cost). */
  similaritySignatures?: boolean;
  /**
   * Make what an import added searchable in memory in the background once it is done (default
   * true), for the app and `qarin serve`, which go on searching. A one-shot command turns it off:
   * its process ends with the import, and this would only add the in-memory posting lists (a
   * quarter of a gigabyte over a large corpus) to the import's peak memory; a search asked
   * anyway makes them then, with the same results.
   */
  settleAfterImport?: boolean;
  /**
   * Keep the highlights' search tables up to date for one-shot commands once the annotations have
   * been quiet for `quietMs` (by default HIGHLIGHT_TABLES_QUIET_MS; see HighlightTablesKeeper): the
   * app and `qarin serve` ask for it. Off by default: a one-shot command ends before. The tables
   * are also looked at `afterOpenMs` after opening (by default HIGHLIGHT_TABLES_AFTER_OPEN_MS).
   */
  keepHighlightTables?: { quietMs?: number; afterOpenMs?: number };
  /**
   * Write a copy of the value library.json parsed to, `afterOpenMs` after opening (by default
   * LIBRARY_COPY_AFTER_OPEN_MS), when it was parsed from its text: the next opening reads the copy
   * instead, in a fraction of the time (see ParsedCopy). The app and `qarin serve` ask for it, once
   * their first screen is answered; a one-shot command would end before.
   */
  keepLibraryCopy?: { afterOpenMs?: number };
  /** New reports an import reads between two saves of the library (tests set it low). */
  importCommitEvery?: number;
  /** How PDF reports are printed: Electron's printToPDF in the app; headless Chromium by default. */
  printPdf?: HtmlToPdf;
  /** The fonts reports embed (the packaged app's resources); by default `resources/fonts` of the repository. */
  reportFontsDir?: string;
}
