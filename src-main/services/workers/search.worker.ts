import { parentPort } from 'node:worker_threads';
import { SearchHost } from '../search/searchHost';
import { serveRpc } from './workerRpc';

/** Hosts the search index off the main thread: building it over a large corpus takes seconds. */
const port = parentPort;
if (!port) throw new Error('search.worker must run as a worker thread');

const host = new SearchHost();
serveRpc(port, searchWorkerMethods(host));

export function searchWorkerMethods(host: SearchHost) {
  return {
    preloadTables: (params: Parameters<SearchHost['preloadTables']>[0]) => host.preloadTables(params),
    openTables: (params: Parameters<SearchHost['openTables']>[0]) => host.openTables(params),
    open: (params: Parameters<SearchHost['open']>[0]) => host.open(params),
    loadIndex: (catalogue: Parameters<SearchHost['loadIndex']>[0]) => host.loadIndex(catalogue),
    index: (params: Parameters<SearchHost['indexDocuments']>[0]) => host.indexDocuments(params),
    search: (params: Parameters<SearchHost['search']>[0]) => host.search(params),
    documentHits: (params: Parameters<SearchHost['documentHits']>[0]) => host.documentHits(params),
    persist: (params: Parameters<SearchHost['persist']>[0]) => host.persist(params),
    ensureTables: (params: Parameters<SearchHost['ensureTables']>[0]) => host.ensureTables(params),
    remove: (ids: string[]) => host.removeDocuments(ids),
    similar: async (params: Parameters<SearchHost['similarity']['similar']>[0]) => {
      await host.openSignatures();
      return host.similarity.similar(params);
    },
    clusters: async (params: Parameters<SearchHost['similarity']['clusters']>[0]) => {
      await host.openSignatures();
      return host.similarity.clusters(params);
    },
  };
}

export type SearchWorkerMethods = ReturnType<typeof searchWorkerMethods>;
