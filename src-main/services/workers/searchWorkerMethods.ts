import type { SearchHost } from '../search/searchHost';

/**
 * What the search worker answers, by method name, over one `SearchHost`: kept apart from the
 * worker's entry point so that tests can serve it on a channel of their own.
 */
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
    settle: () => host.settle(),
    remove: (ids: string[]) => host.removeDocuments(ids),
    similar: async (params: Parameters<SearchHost['similarity']['similar']>[0]) => {
      await host.openSignatures();
      return host.similarity.similar(params);
    },
    // Read from disk, or computed a few milliseconds at a time: searches asked meanwhile go first.
    clusters: (params: Parameters<SearchHost['clusters']>[0]) => host.clusters(params),
  };
}

export type SearchWorkerMethods = ReturnType<typeof searchWorkerMethods>;
