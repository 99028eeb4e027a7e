import type { ClusterOptions } from '../../core/similarity';
import { DiskSearchIndex } from '../search/tables/diskSearchIndex';
import { readSearchTablesMeta } from '../search/tables/searchTablesFreshness';
import { searchTablesLayout } from '../search/tables/searchTablesLayout';
import { SimilarityHost } from './similarityHost';

export interface ClustersFromDiskParams extends ClusterOptions {
  indexDir: string;
  textsDir: string;
  /** The corpus the clusters are asked of: the on-disk tables must have been written for it. */
  fingerprint: string;
}

/**
 * Story clusters of the corpus as the index folder holds it: the search tables give each report's
 * words, the signatures file its signature (signed again from the tables when it is missing or of
 * another corpus). Undefined when the tables are not of `fingerprint`. Meant for a thread that ends
 * afterwards (`clusters.worker`): nothing it reads is kept.
 */
export async function clustersFromDisk(params: ClustersFromDiskParams): Promise<string[][] | undefined> {
  const { indexDir, textsDir, fingerprint, ...options } = params;
  const meta = await readSearchTablesMeta(indexDir);
  if (meta?.fingerprint !== fingerprint) return undefined;
  const tables = new DiskSearchIndex(searchTablesLayout(indexDir), meta, textsDir, {
    // Each report's words are read once, then kept as shingles: a cache of them would be dead weight.
    rememberSequences: false,
  });
  try {
    const similarity = new SimilarityHost(() => tables);
    await similarity.open({ indexDir, fingerprint, documents: () => tables.liveDocuments() });
    return await similarity.clusters(options);
  } finally {
    tables.close();
  }
}
