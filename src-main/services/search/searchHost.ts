import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusIndex } from '../../core/search/corpusIndex';
import type { IndexableDocument } from '../../core/search/indexableDocument';
import type { SearchRequest, SearchResult } from '../../core/search/searchResult';
import type { Span } from '../../core/text/span';
import type { ClusterOptions } from '../../core/similarity';
import { writeFileDurably } from '../persistence';
import { clusterOptionsKey, readSavedClusters, saveClusters } from '../similarity/savedClusters';
import { clustersInWorker } from '../similarity/clustersInWorker';
import { SimilarityHost } from '../similarity/similarityHost';
import { TextStore } from '../project/textStore';
import { TextCache } from './textCache';
import { readSearchTablesMeta } from './tables/searchTablesFreshness';
import { searchTablesLayout, TABLE_DATA_FILES } from './tables/searchTablesLayout';
import { DiskSearchIndex } from './tables/diskSearchIndex';
import { encodeSearchTables, writeSearchTables } from './tables/writeSearchTables';
import type { SearchCatalogueEntry } from './searchCatalogueEntry';

export interface OpenIndexParams {
  indexDir: string;
  textsDir: string;
  fingerprint: string;
  catalogue: SearchCatalogueEntry[];
  /** Keep similarity signatures beside the index (default true; the benchmark measures without). */
  signatures?: boolean;
}

export type OpenTablesParams = Omit<OpenIndexParams, 'catalogue'>;

export interface IndexManifest {
  fingerprint: string;
  keys: string[];
}

/**
 * The search index and what it needs around it (texts by hash, the persisted snapshot), as one
 * object that lives in the search worker. It is a cache of the library: whenever the persisted
 * snapshot does not match the library's fingerprint, it is rebuilt from the stored texts.
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
  private preloaded: Promise<{ fingerprint: string; index: CorpusIndex } | undefined> | undefined;
  private tablesPreload: Promise<void> | undefined;
  private signing = true;
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
   * Starts reading the persisted snapshot; `openIndex` then uses it only if its fingerprint matches
   * the library's.
   */
  private readSnapshotAhead(indexDir: string): Promise<void> {
    this.preloaded ??= this.readSnapshot(indexDir).then((snapshot) =>
      snapshot
        ? {
            fingerprint: snapshot.fingerprint,
            index: CorpusIndex.fromSnapshot(snapshot.parts, { getText: this.getText }),
          }
        : undefined,
    );
    return this.preloaded.then(() => undefined);
  }

  /**
   * Opens the on-disk tables before the library is known, so both load at the same time, reading
   * the tables the app queries again and again into memory; `openTables` then answers from them
   * if they match the library. Without tables, the snapshot is read ahead instead. Done once.
   */
  preloadTables(params: { indexDir: string; textsDir: string }): Promise<void> {
    this.tablesPreload ??= (async () => {
      const meta = await readSearchTablesMeta(params.indexDir);
      if (!meta) {
        this.readSnapshotAhead(params.indexDir).catch(() => undefined);
        return;
      }
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
   * Answers from the on-disk search tables if they were written for `fingerprint` (returns true),
   * without reading the snapshot: the in-memory index is loaded only when the corpus changes
   * (`loadIndex`), and the signatures at the first similarity question. This needs no catalogue,
   * so the library is not copied into this thread. False: the caller opens the index (`open`).
   */
  async openTables(params: OpenTablesParams): Promise<boolean> {
    this.indexDir = params.indexDir;
    this.signing = params.signatures ?? true;
    await this.preloadTables(params);
    if (this.tables?.fingerprint === params.fingerprint) {
      this.opened = params;
      this.currentFingerprint = params.fingerprint;
      return true;
    }
    this.closeTables();
    return false;
  }

  /** Opens the in-memory index: from the snapshot when it matches the library, else rebuilt from the texts. */
  async open(params: OpenIndexParams): Promise<{
    source: 'snapshot' | 'rebuilt' | 'empty';
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
    this.tables?.close();
    this.tables = undefined;
  }

  private async openIndex(params: OpenIndexParams): Promise<{
    source: 'snapshot' | 'rebuilt' | 'empty';
    documents: number;
    signatures: 'snapshot' | 'rebuilt' | 'off';
  }> {
    this.texts ??= new TextCache(new TextStore(params.textsDir));
    this.learnTexts(params.catalogue);
    this.readSnapshotAhead(params.indexDir).catch(() => undefined);
    const persisted = await this.preloaded?.catch(() => undefined);
    this.preloaded = undefined;
    if (persisted?.fingerprint === params.fingerprint) {
      this.index = persisted.index;
      const signatures = this.signing ? await this.similarity.open({ ...params, documents: params.catalogue }) : 'off';
      return { source: 'snapshot', documents: params.catalogue.length, signatures };
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
    return { source: 'rebuilt', documents: params.catalogue.length, signatures };
  }

  indexDocuments(documents: (SearchCatalogueEntry & { text: string })[]): number {
    const index = this.requireIndex();
    this.currentFingerprint = undefined;
    for (const document of documents) {
      this.shaById.set(document.id, document.sha256);
      this.texts?.remember(document.sha256, document.text);
      if (index.has(document.id)) index.update(toIndexable(document, document.text));
      else index.add(toIndexable(document, document.text));
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
    return (this.index ?? this.requireTables()).search(request);
  }

  documentHits(params: { id: string; query: string }): Span[] {
    return (this.index ?? this.requireTables()).documentHits(params.id, params.query);
  }

  /** Which engine answers searches: the on-disk tables until the in-memory index is loaded. */
  get answeringFrom(): 'tables' | 'memory' {
    return this.index ? 'memory' : 'tables';
  }

  /**
   * Writes the on-disk search tables into the index folder when they are missing, cut short or of
   * another corpus (an index persisted before they existed): they are otherwise written with the
   * snapshot.
   */
  async ensureTables(params: { fingerprint: string }): Promise<void> {
    const meta = await readSearchTablesMeta(this.indexDir);
    const layout = searchTablesLayout(this.indexDir);
    const whole = TABLE_DATA_FILES.every((file) => existsSync(layout[file]));
    if (this.tables?.fingerprint === params.fingerprint || (meta?.fingerprint === params.fingerprint && whole)) return;
    const index = this.requireIndex();
    const tables = encodeSearchTables(index.tables(), (id) => this.shaById.get(id), params.fingerprint);
    // Old tables stop being read before their files are replaced.
    await rm(layout.meta, { force: true });
    await writeSearchTables(this.indexDir, tables);
  }

  /** Writes the snapshot to a fresh folder and swaps it in, so a crash never leaves half an index. */
  async persist(params: { fingerprint: string }): Promise<void> {
    // Tables still answering for this corpus: what is on disk is already this index.
    if (!this.index && this.tables?.fingerprint === params.fingerprint) return;
    const index = this.requireIndex();
    const fresh = `${this.indexDir}.new`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(fresh, { recursive: true });
    // Each part is written (and synced) while the next is encoded: the disk and this thread work
    // at the same time instead of one after the other, at the end of every import.
    const tables = encodeSearchTables(index.tables(), (id) => this.shaById.get(id), params.fingerprint);
    const writes = [writeSearchTables(fresh, tables)];
    if (this.signing) writes.push(this.similarity.persist({ indexDir: fresh, fingerprint: params.fingerprint }));
    let snapshot: Record<string, string>;
    try {
      snapshot = index.exportSnapshot();
    } catch (error) {
      // Not left running unwatched: a failure of theirs would end this worker.
      await Promise.allSettled(writes);
      throw error;
    }
    const keys = Object.keys(snapshot);
    writes.push(...keys.map((key, n) => writeFileDurably(join(fresh, `${n}.part`), snapshot[key] ?? '')));
    await Promise.all(writes);
    const manifest: IndexManifest = { fingerprint: params.fingerprint, keys };
    await writeFileDurably(join(fresh, 'manifest.json'), JSON.stringify(manifest));
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

  private async readSnapshot(
    indexDir: string,
  ): Promise<{ fingerprint: string; parts: Record<string, string> } | undefined> {
    try {
      const manifest = JSON.parse(await readFile(join(indexDir, 'manifest.json'), 'utf8')) as IndexManifest;
      const names = new Set(await readdir(indexDir));
      const parts: Record<string, string> = {};
      for (const [n, key] of manifest.keys.entries()) {
        if (!names.has(`${n}.part`)) return undefined;
        parts[key] = await readFile(join(indexDir, `${n}.part`), 'utf8');
      }
      return { fingerprint: manifest.fingerprint, parts };
    } catch {
      // A missing, unreadable or outdated snapshot only costs a rebuild: the index is a cache.
      return undefined;
    }
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
