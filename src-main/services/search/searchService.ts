import { Worker } from 'node:worker_threads';
import type { Library } from '../project/library';
import type { LibraryEntry } from '../project/libraryEntry';
import type { ProjectLayout } from '../project/projectLayout';
import { resolveWorkerUrl } from '../workers/resolveWorkerUrl';
import { WorkerRpc } from '../workers/workerRpc';
import type { SearchWorkerMethods } from '../workers/search.worker';
import { ANALYZER_VERSION } from '../../core/search/analyzerVersion';
import type { SearchRequest, SearchResult } from '../../core/search/searchResult';
import type { Span } from '../../core/text/span';
import { corpusFingerprint } from './corpusFingerprint';
import type { SearchCatalogueEntry } from './searchCatalogueEntry';

/**
 * The main side of search: it starts the search worker on first use (a command that only lists
 * documents never pays for loading the index) and keeps the persisted index in step with the library.
 */
export class SearchService {
  private rpc: WorkerRpc<SearchWorkerMethods> | undefined;
  private opening: Promise<void> | undefined;

  constructor(
    private readonly layout: ProjectLayout,
    private readonly library: Library,
  ) {}

  private ready(): Promise<WorkerRpc<SearchWorkerMethods>> {
    this.opening ??= (async () => {
      const rpc = new WorkerRpc<SearchWorkerMethods>(new Worker(resolveWorkerUrl('search')));
      this.rpc = rpc;
      await rpc.call('open', {
        indexDir: this.layout.index,
        textsDir: this.layout.texts,
        fingerprint: this.fingerprint(),
        catalogue: [...this.library.entries()].map(catalogueEntry),
      });
    })();
    return this.opening.then(() => this.rpc as WorkerRpc<SearchWorkerMethods>);
  }

  /** Starts the worker and loads the index in the background, e.g. while an import reads its files. */
  warmUp(): void {
    this.ready().catch(() => undefined);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return (await this.ready()).call('search', request);
  }

  async documentHits(id: string, query: string): Promise<Span[]> {
    return (await this.ready()).call('documentHits', { id, query });
  }

  async index(entries: LibraryEntry[], texts: Map<string, string>): Promise<void> {
    const documents = entries.map((entry) => ({ ...catalogueEntry(entry), text: texts.get(entry.id) ?? '' }));
    await (await this.ready()).call('index', documents);
  }

  async persist(): Promise<void> {
    await (await this.ready()).call('persist', { fingerprint: this.fingerprint() });
  }

  async close(): Promise<void> {
    if (this.opening) await this.opening.catch(() => undefined);
    await this.rpc?.close();
  }

  private fingerprint(): string {
    return corpusFingerprint(this.library.entries(), ANALYZER_VERSION);
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
