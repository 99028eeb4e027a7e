import { existsSync } from 'node:fs';
import { mkdir, rm, rename } from 'node:fs/promises';
import { CorpusIndex } from '../../core/search/corpusIndex';
import type { IndexableDocument } from '../../core/search/indexableDocument';
import type { SearchRequest, SearchResult } from '../../core/search/searchResult';
import type { Span } from '../../core/text/span';
import type { ClusterOptions } from '../../core/similarity';
import { clusterOptionsKey, readSavedClusters, saveClusters } from '../similarity/savedClusters';
import { clustersInWorker } from '../similarity/clustersInWorker';
import { SimilarityHost } from '../similarity/similarityHost';
import { TextStore } from '../project/textStore';
import { TextCache } from './textCache';
import { readSearchTablesMeta } from './tables/searchTablesFreshness';
import { searchTablesLayout, TABLE_DATA_FILES } from './tables/searchTablesLayout';
import { DiskSearchIndex } from './tables/diskSearchIndex';
import { readIndexParts } from './tables/readIndexParts';
import { writeSearchTables } from './tables/writeSearchTables';
import type { SearchCatalogueEntry } from './searchCatalogueEntry';
import { textString, type IndexText } from '../workers/textUnits';

export interface OpenIndexParams {
  indexDir: string;
  textsDir: string;
  fingerprint: string;
  catalogue: SearchCatalogueEntry[];
  /** Keep similarity signatures beside the index (default true; the benchmark measures without). */
  signatures?: boolean;
}

export type OpenTablesParams = Omit<OpenIndexParams, 'catalogue'>;

/** How long after the tables open their first search is rehearsed (see `rehearseFirstSearch`): past the window's own start. */
const REHEARSAL_DELAY_MS = 1_000;

/**
 * The search index and what it needs around it (texts by hash, the persisted search tables), as
 * one object that lives in the search worker. It is a cache of the library: whenever the persisted
 * tables do not match the library's fingerprint, it is rebuilt from the stored texts.
 */
export class SearchHost {
  private index: CorpusIndex | undefined;
  /**
   * The on-disk tables, answering searches while the corpus is as they were written: the
   * in-memory index is then loaded only when a change needs it (`loadIndex`).
   */
  private tables: DiskSearchIndex | undefined;
  /** What `open` was given, kept while the in-memory index is not loaded yet. */
  private opened: OpenTablesParams | undefined;
  private loading: Promise<void> | undefined;
  private signaturesOpening: Promise<unknown> | undefined;
  private texts: TextCache | undefined;
  private readonly shaById = new Map<string, string>();
  private indexDir = '';
  private tablesPreload: Promise<void> | undefined;
  private signing = true;
  /** Whether a search has been asked for (a rehearsal is then no use), and the rehearsal waiting. */
  private searched = false;
  private rehearsal: NodeJS.Timeout | undefined;
  /**
   * The corpus the index and signatures are known to be of (as opened or last persisted), until
   * a change: clusters are saved on disk only under a fingerprint they are certain to be of.
   */
  private currentFingerprint: string | undefined;
  readonly similarity = new SimilarityHost(() => this.index ?? this.requireTables());
  /** Clusters being computed in a thread of their own (`clustersApart`), by their options. */
  private readonly computingApart = new Map<string, Promise<string[][] | undefined>>();

  private readonly getText = (id: string) => {
    const sha = this.shaById.get(id);
    return sha === undefined ? undefined : this.texts?.get(sha);
  };

  /**
   * Opens the on-disk tables before the library is known, so both load at the same time, reading
   * the tables the app queries again and again into memory; `openTables` then answers from them
   * if they match the library. Done once.
   */
  preloadTables(params: { indexDir: string; textsDir: string }): Promise<void> {
    this.tablesPreload ??= (async () => {
      const meta = await readSearchTablesMeta(params.indexDir);
      if (!meta) return;
      this.texts ??= new TextCache(new TextStore(params.textsDir));
      const texts = this.texts;
      try {
        this.tables = new DiskSearchIndex(searchTablesLayout(params.indexDir), meta, params.textsDir, {
          readText: (sha256) => texts.get(sha256),
          resident: true,
        });
      } catch {
        // Missing or damaged tables only cost loading the index: they are a cache of it.
      }
    })();
    return this.tablesPreload;
  }

  /**
   * Answers from the on-disk search tables if they were written for `fingerprint` (returns true):
   * the in-memory index is loaded only when the corpus changes (`loadIndex`, from the same
   * tables), and the signatures at the first similarity question. This needs no catalogue, so the
   * library is not copied into this thread. False: the caller opens the index (`open`).
   */
  async openTables(params: OpenTablesParams): Promise<boolean> {
    this.indexDir = params.indexDir;
    this.signing = params.signatures ?? true;
    await this.preloadTables(params);
    if (this.tables?.fingerprint === params.fingerprint) {
      this.opened = params;
      this.currentFingerprint = params.fingerprint;
      this.rehearseFirstSearch();
      return true;
    }
    this.closeTables();
    return false;
  }

  /** Opens the in-memory index: from the tables when they match the library, else rebuilt from the texts. */
  async open(params: OpenIndexParams): Promise<{
    source: 'tables' | 'rebuilt' | 'empty';
    documents: number;
    /** Where the similarity signatures came from: their own snapshot, or signed again from the index. */
    signatures: 'snapshot' | 'rebuilt' | 'off';
  }> {
    this.indexDir = params.indexDir;
    this.signing = params.signatures ?? true;
    this.closeTables();
    const opened = await this.openIndex(params);
    this.currentFingerprint = params.fingerprint;
    return opened;
  }

  /** Remembers where each document's text is, for the in-memory index (the tables know it themselves). */
  private learnTexts(catalogue: SearchCatalogueEntry[]): void {
    for (const entry of catalogue) if (!this.shaById.has(entry.id)) this.shaById.set(entry.id, entry.sha256);
  }

  /**
   * Loads the in-memory index while the tables answer, before the corpus changes (which the
   * tables cannot follow); `catalogue` is the library the tables were opened for.
   */
  loadIndex(catalogue: SearchCatalogueEntry[]): Promise<void> {
    if (this.index) return Promise.resolve();
    this.loading ??= (async () => {
      const opened = this.opened;
      if (!opened) throw new Error('The search index is not open yet.');
      // Signatures being read are numbered as the tables are, which a rebuilt index may not be.
      await this.signaturesOpening?.catch(() => undefined);
      await this.openIndex({ ...opened, catalogue });
      this.opened = undefined;
      this.signaturesOpening = undefined;
      this.closeTables();
    })();
    return this.loading;
  }

  /** Reads the signatures at the first similarity question while the tables answer searches. */
  openSignatures(): Promise<unknown> {
    const opened = this.opened;
    const tables = this.tables;
    if (!opened || !tables || !this.signing) return Promise.resolve();
    this.signaturesOpening ??= this.similarity.open({ ...opened, documents: () => tables.liveDocuments() });
    return this.signaturesOpening;
  }

  private closeTables(): void {
    clearTimeout(this.rehearsal);
    this.tables?.close();
    this.tables = undefined;
  }

  private async openIndex(params: OpenIndexParams): Promise<{
    source: 'tables' | 'rebuilt' | 'empty';
    documents: number;
    signatures: 'snapshot' | 'rebuilt' | 'off';
  }> {
    this.texts ??= new TextCache(new TextStore(params.textsDir));
    this.learnTexts(params.catalogue);
    const restored = await this.restoreFromTables(params);
    if (restored) {
      this.index = restored;
      const signatures = this.signing ? await this.similarity.open({ ...params, documents: params.catalogue }) : 'off';
      return { source: 'tables', documents: params.catalogue.length, signatures };
    }
    this.index = new CorpusIndex({ getText: this.getText });
    this.similarity.reset();
    const signatures = this.signing ? 'rebuilt' : 'off';
    if (params.catalogue.length === 0) return { source: 'empty', documents: 0, signatures };
    const store = new TextStore(params.textsDir);
    for (const entry of params.catalogue) {
      const text = store.read(entry.sha256);
      if (text !== undefined) this.index.add(toIndexable(entry, text));
    }
    if (this.signing) this.similarity.update(params.catalogue);
    await this.persist({ fingerprint: params.fingerprint });
    // Searchable before the open returns, as the caller is about to search.
    this.index.settle();
    return { source: 'rebuilt', documents: params.catalogue.length, signatures };
  }

  /**
   * The index as the on-disk tables hold it, when they were written for this very corpus: they
   * keep everything it is made of, so it is restored without analyzing a text. Undefined when
   * they are missing, of another corpus or damaged (older projects kept a snapshot of the index
   * instead, which is no longer read): the caller then rebuilds the index from the texts.
   */
  private async restoreFromTables(params: OpenIndexParams): Promise<CorpusIndex | undefined> {
    const meta = await readSearchTablesMeta(params.indexDir);
    if (meta?.fingerprint !== params.fingerprint) return undefined;
    const categories = new Map<string, string>();
    for (const entry of params.catalogue) if (entry.category !== undefined) categories.set(entry.id, entry.category);
    try {
      const parts = await readIndexParts(params.indexDir, meta, (id) => categories.get(id));
      return CorpusIndex.fromParts(parts, { getText: this.getText });
    } catch {
      // Damaged tables only cost a rebuild: they are a cache of the library.
      return undefined;
    }
  }

  indexDocuments(documents: (SearchCatalogueEntry & { text: IndexText })[]): number {
    const index = this.requireIndex();
    this.currentFingerprint = undefined;
    for (const document of documents) {
      const text = textString(document.text);
      this.shaById.set(document.id, document.sha256);
      this.texts?.remember(document.sha256, text);
      if (index.has(document.id)) index.update(toIndexable(document, text));
      else index.add(toIndexable(document, text));
    }
    if (this.signing) this.similarity.update(documents);
    return documents.length;
  }

  /** Takes documents out of the index and their signatures with them. */
  removeDocuments(ids: string[]): number {
    const index = this.requireIndex();
    this.currentFingerprint = undefined;
    let removed = 0;
    for (const id of ids) {
      if (index.remove(id)) removed++;
      this.shaById.delete(id);
    }
    this.similarity.remove(ids);
    return removed;
  }

  search(request: SearchRequest): SearchResult {
    this.searched = true;
    return (this.index ?? this.requireTables()).search(request);
  }

  /**
   * Searches the tables once, soon after they open, for a word of their own, unless a search
   * came first. A first search compiles the search's code and builds the tables' word filter
   * (`TermPresence`): on ANT it took 110-145 ms, and 11-28 ms after this rehearsal. The user's
   * first search then answers as the later ones do. Its result is not kept; a failure only means
   * the first search pays as before.
   */
  private rehearseFirstSearch(): void {
    if (this.rehearsal !== undefined) return;
    this.rehearsal = setTimeout(() => {
      const tables = this.tables;
      if (this.searched || !tables || this.index) return;
      try {
        const word = firstWordOf(tables.firstTitle() ?? '');
        if (word) tables.search({ query: word, limit: 20 });
      } catch {
        // See above.
      }
    }, REHEARSAL_DELAY_MS);
    this.rehearsal.unref();
  }

  documentHits(params: { id: string; query: string }): Span[] {
    this.searched = true;
    return (this.index ?? this.requireTables()).documentHits(params.id, params.query);
  }

  /**
   * Makes the postings an import added searchable in memory (see `CorpusIndex.settle`), and its
   * signatures' postings sorted (`SimilarityHost.settle`): the import persisted its tables without
   * waiting for that, and the first search or similarity question would.
   */
  settle(): void {
    this.index?.settle();
    if (this.index) this.similarity.settle();
  }

  /** Which engine answers searches: the on-disk tables until the in-memory index is loaded. */
  get answeringFrom(): 'tables' | 'memory' {
    return this.index ? 'memory' : 'tables';
  }

  /**
   * Writes the on-disk search tables into the index folder when they are missing, cut short or of
   * another corpus: they are otherwise written whenever the index is persisted.
   */
  async ensureTables(params: { fingerprint: string }): Promise<void> {
    const meta = await readSearchTablesMeta(this.indexDir);
    const layout = searchTablesLayout(this.indexDir);
    const whole = TABLE_DATA_FILES.every((file) => existsSync(layout[file]));
    if (this.tables?.fingerprint === params.fingerprint || (meta?.fingerprint === params.fingerprint && whole)) return;
    const index = this.requireIndex();
    // Old tables stop being read before their files are replaced.
    await rm(layout.meta, { force: true });
    try {
      await writeSearchTables(this.indexDir, index.tables(), (id) => this.shaById.get(id), params.fingerprint);
    } finally {
      index.releaseTables();
    }
  }

  /**
   * Writes the index's tables (and signatures) to a fresh folder and swaps it in, so a crash never
   * leaves half an index. The tables are the whole persisted index: an open restores it from them.
   */
  async persist(params: { fingerprint: string }): Promise<void> {
    // Tables still answering for this corpus: what is on disk is already this index.
    if (!this.index && this.tables?.fingerprint === params.fingerprint) return;
    const index = this.requireIndex();
    const fresh = `${this.indexDir}.new`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(fresh, { recursive: true });
    // The signatures are encoded while the tables, already encoded into their files, are synced:
    // the disk and this thread work at the same time at the end of every import, and the two
    // encodings are never held in memory together.
    await writeSearchTables(fresh, index.tables(), (id) => this.shaById.get(id), params.fingerprint, {
      alongside: async () => {
        index.releaseTables();
        if (this.signing) await this.similarity.persist({ indexDir: fresh, fingerprint: params.fingerprint });
      },
    });
    const old = `${this.indexDir}.old`;
    await rm(old, { recursive: true, force: true });
    await rename(this.indexDir, old).catch(() => undefined);
    await rename(fresh, this.indexDir);
    await rm(old, { recursive: true, force: true });
    this.currentFingerprint = params.fingerprint;
  }

  /**
   * Story clusters of the corpus `fingerprint` names: as saved in the index folder when they were
   * computed for it before (no signatures read, no worker time), else computed between searches
   * and saved if the index was of that corpus throughout.
   */
  async clusters(params: ClusterOptions & { fingerprint: string }): Promise<string[][]> {
    const { fingerprint, ...options } = params;
    const saved = await readSavedClusters(this.indexDir, fingerprint, options);
    if (saved) return saved;
    const apart = await this.clustersApart(params);
    if (apart) return apart;
    await this.openSignatures();
    const ofThisCorpus = () => this.signing && this.currentFingerprint === fingerprint;
    const certain = ofThisCorpus();
    const groups = await this.similarity.clusters(options);
    if (certain && ofThisCorpus()) {
      // Not saved only costs computing them again at the next start: they are a cache.
      await saveClusters(this.indexDir, fingerprint, options, groups).catch(() => undefined);
    }
    return groups;
  }

  /**
   * While the on-disk tables answer for `fingerprint` and this thread has not read the signatures
   * (no similarity question yet), clusters are computed from the files in a thread that ends with
   * the answer (`clustersInWorker`), and saved: this worker then never holds the signatures for
   * them. Undefined when that does not apply or fails: the caller computes them here instead.
   */
  private async clustersApart(params: ClusterOptions & { fingerprint: string }): Promise<string[][] | undefined> {
    const { fingerprint, ...options } = params;
    const apart = () => this.signing && this.tables?.fingerprint === fingerprint && !this.signaturesOpening;
    if (!apart()) return undefined;
    const key = clusterOptionsKey(options);
    let computing = this.computingApart.get(key);
    if (!computing) {
      const texts = this.opened?.textsDir;
      if (texts === undefined) return undefined;
      computing = clustersInWorker({ indexDir: this.indexDir, textsDir: texts, ...params })
        .then(async (groups) => {
          // Not saved only costs computing them again at the next start: they are a cache.
          if (groups && this.currentFingerprint === fingerprint) {
            await saveClusters(this.indexDir, fingerprint, options, groups).catch(() => undefined);
          }
          return groups;
        })
        // Failed: the caller computes them in this thread, as before there was another.
        .catch(() => undefined)
        .finally(() => this.computingApart.delete(key));
      this.computingApart.set(key, computing);
    }
    return computing;
  }

  private requireTables(): DiskSearchIndex {
    if (!this.tables) throw new Error('The search index is not open yet.');
    return this.tables;
  }

  private requireIndex(): CorpusIndex {
    if (!this.index) throw new Error('The search index is not open yet.');
    return this.index;
  }
}

function toIndexable(entry: SearchCatalogueEntry, text: string): IndexableDocument {
  return {
    id: entry.id,
    title: entry.title,
    text,
    source: entry.source,
    category: entry.category,
    date: entry.date,
    boilerplate: entry.boilerplate,
  };
}

/** The first word of at least three letters of a title, for a rehearsal search. */
function firstWordOf(title: string): string | undefined {
  return title.split(/[^\p{L}]+/u).find((word) => word.length >= 3);
}
