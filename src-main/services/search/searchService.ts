import { Worker } from 'node:worker_threads';
import type { Library } from '../project/library';
import type { LibraryEntry } from '../project/libraryEntry';
import type { ProjectLayout } from '../project/projectLayout';
import { resolveWorkerUrl } from '../workers/resolveWorkerUrl';
import { WorkerRpc } from '../workers/workerRpc';
import type { SearchWorkerMethods } from '../workers/searchWorkerMethods';
import { ANALYZER_VERSION } from '../../core/search/analyzerVersion';
import type { SearchRequest, SearchResult } from '../../core/search/searchResult';
import type { Span } from '../../core/text/span';
import type { ClusterOptions, SimilarMatch } from '../../core/similarity';
import { corpusFingerprint } from './corpusFingerprint';
import type { SearchCatalogueEntry } from './searchCatalogueEntry';
import { noteLibraryMatchesTables } from './tables/noteLibraryMatchesTables';
import { textBuffers, type IndexText } from '../workers/textUnits';

/**
 * The search worker's young generation in a long-lived process, in MB (V8 makes its two
 * semi-spaces a third of it each). What the worker allocates per query is short-lived; with V8's
 * default, a burst (opening the tables, a run of queries) grows both semi-spaces to 16 MB, and they
 * stay committed until an idle collection a minute later. Measured on ANT's served workbench: 22 MB
 * less resident once opened, queries no slower. A one-shot import keeps V8's default: building the
 * index of four times ANT, the smaller one promoted more and took 31.5 -> 36.3 s at the median of
 * five alternating runs.
 */
const LONG_LIVED_SEARCH_WORKER_YOUNG_GENERATION_MB = 12;

/**
 * The main side of search: it keeps the persisted index in step with the library. The worker
 * starts either at once, opening the on-disk search tables while the library loads (the desktop
 * app and `qarin serve`, which want their first query answered fast), or on first use (a command
 * that only lists documents never pays for it). While the corpus is as the tables were written,
 * they answer every search; the in-memory index is loaded only for a change (an import), which
 * keeps the start fast and the resident memory a fraction of the index's.
 */
export class SearchService {
  private rpc: WorkerRpc<SearchWorkerMethods> | undefined;
  private opening: Promise<void> | undefined;
  private loadingIndex: Promise<void> | undefined;
  /**
   * Set while the worker answers from the on-disk tables: the library they were opened for (the
   * entries as they were then, whose catalogue loads the in-memory index) and its fingerprint.
   */
  private answeringFromTables: { entries: LibraryEntry[]; fingerprint: string } | undefined;
  private library: Library | undefined;
  private fingerprinted: { library: Library; revision: number; fingerprint: string } | undefined;
  private readonly signatures: boolean;
  private readonly preload: boolean;
  private readonly longLived: boolean;

  constructor(
    private readonly layout: ProjectLayout,
    /** `longLived`: the process holds its memory all session (see LONG_LIVED_SEARCH_WORKER_YOUNG_GENERATION_MB). */
    options: { preload: boolean; signatures?: boolean; longLived?: boolean },
  ) {
    this.longLived = options.longLived ?? false;
    this.signatures = options.signatures ?? true;
    this.preload = options.preload;
    if (options.preload)
      this.worker()
        .call('preloadTables', { indexDir: layout.index, textsDir: layout.texts })
        .catch(() => undefined);
  }

  /**
   * The library the index must match; the index is opened against it on first use, or at once
   * when preloading, so that the worker is ready while the rest of the project opens.
   */
  attach(library: Library): void {
    this.library = library;
    if (this.preload) this.ready().catch(() => undefined);
  }

  private worker(): WorkerRpc<SearchWorkerMethods> {
    this.rpc ??= new WorkerRpc<SearchWorkerMethods>(
      new Worker(resolveWorkerUrl('search'), {
        resourceLimits: this.longLived
          ? { maxYoungGenerationSizeMb: LONG_LIVED_SEARCH_WORKER_YOUNG_GENERATION_MB }
          : {},
      }),
    );
    return this.rpc;
  }

  private ready(): Promise<WorkerRpc<SearchWorkerMethods>> {
    this.opening ??= (async () => {
      const entries = [...this.requireLibrary().entries()];
      const fingerprint = this.fingerprint();
      const where = {
        indexDir: this.layout.index,
        textsDir: this.layout.texts,
        fingerprint,
        signatures: this.signatures,
      };
      if (this.preload && entries.length > 0 && (await this.worker().call('openTables', where))) {
        this.answeringFromTables = { entries, fingerprint };
        return;
      }
      // Restored from the tables, or rebuilt from the texts (and persisted) when they are not of this library.
      await this.worker().call('open', { ...where, catalogue: entries.map(catalogueEntry) });
    })();
    return this.opening.then(() => this.worker());
  }

  /** The worker with its in-memory index loaded, as a change to the corpus needs it. */
  private indexReady(): Promise<WorkerRpc<SearchWorkerMethods>> {
    this.loadingIndex ??= (async () => {
      await this.ready();
      const opened = this.answeringFromTables;
      if (!opened) return;
      await this.worker().call('loadIndex', opened.entries.map(catalogueEntry));
      this.answeringFromTables = undefined;
    })();
    return this.loadingIndex.then(() => this.worker());
  }

  /**
   * Starts the worker and loads the in-memory index in the background, e.g. while an import reads
   * its files: the import will change the corpus, which the on-disk tables cannot follow.
   */
  warmUp(): void {
    this.indexReady().catch(() => undefined);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return (await this.ready()).call('search', request);
  }

  async documentHits(id: string, query: string): Promise<Span[]> {
    return (await this.ready()).call('documentHits', { id, query });
  }

  /** Texts given as code units are handed to the worker, not copied: they cannot be read here again. */
  async index(entries: LibraryEntry[], texts: Map<string, IndexText>): Promise<void> {
    const documents = entries.map((entry) => ({ ...catalogueEntry(entry), text: texts.get(entry.id) ?? '' }));
    const worker = await this.indexReady();
    await worker.call('index', documents, textBuffers(documents.map(({ text }) => text)));
  }

  /** Reports sharing most text or vocabulary with `id`, best first; null when it is not indexed. */
  async similar(id: string, limit: number): Promise<SimilarMatch[] | null> {
    return (await this.ready()).call('similar', { id, limit });
  }

  /** Story clusters as groups of ids (see `SimilarityIndex.clusters`). */
  async clusters(options: ClusterOptions): Promise<string[][]> {
    return (await this.ready()).call('clusters', { ...options, fingerprint: this.fingerprint() });
  }

  async persist(): Promise<void> {
    const fingerprint = this.fingerprint();
    await this.ready();
    // Still answering from tables written for this very corpus: they and the snapshot are current.
    if (this.answeringFromTables?.fingerprint === fingerprint) return;
    await (await this.indexReady()).call('persist', { fingerprint });
  }

  /**
   * Lets the worker make what an import added searchable in memory now, in the background, once
   * the import is done: a search asked meanwhile waits for it, as it would at the first search.
   */
  settleInBackground(): void {
    if (!this.loadingIndex) return;
    this.worker()
      .call('settle', undefined)
      .catch(() => undefined);
  }

  /**
   * Notes that the library file of stamp `libraryStamp` matches the index's on-disk tables (writing
   * them if the index has none yet); the caller has checked that the file of that stamp holds the
   * library this service was given.
   */
  async noteLibraryMatchesTables(libraryStamp: string): Promise<void> {
    const fingerprint = this.fingerprint();
    await this.ready();
    const current = this.answeringFromTables?.fingerprint === fingerprint;
    await (current ? this.worker() : await this.indexReady()).call('ensureTables', { fingerprint });
    await noteLibraryMatchesTables(this.layout, fingerprint, libraryStamp);
  }

  async close(): Promise<void> {
    await this.rpc?.close();
  }

  /**
   * Computed once for each revision of the library: it sorts and hashes every entry (0.05-0.1 s on
   * ANT), and the calls that ask for it (clusters, similar reports, every import) come often.
   */
  private fingerprint(): string {
    const library = this.requireLibrary();
    if (this.fingerprinted?.library !== library || this.fingerprinted.revision !== library.revision) {
      const fingerprint = corpusFingerprint(library.entries(), ANALYZER_VERSION);
      this.fingerprinted = { library, revision: library.revision, fingerprint };
    }
    return this.fingerprinted.fingerprint;
  }

  private requireLibrary(): Library {
    if (!this.library) throw new Error('SearchService used before a library was attached.');
    return this.library;
  }
}

function catalogueEntry(entry: LibraryEntry): SearchCatalogueEntry {
  return {
    id: entry.id,
    sha256: entry.sha256,
    title: entry.title,
    source: entry.source,
    category: entry.category,
    date: entry.date,
    boilerplate: entry.boilerplate,
  };
}
