import { ApiError } from '../../api/apiError';
import type { ClustersResult, SimilarResult } from '../../api/compareSchemas';
import type { Library } from '../project/library';
import type { SearchService } from '../search/searchService';
import { noDocument } from '../documentMessages';
import { clustersResult } from './clustersResult';

/**
 * Similar reports and story clusters for the contract: the search worker finds them by signature,
 * this side names them from the library (titles, sources, dates) and refuses unknown ids.
 */
export class SimilarityService {
  constructor(
    private readonly library: Library,
    private readonly search: SearchService,
  ) {}

  async similar(request: { id: string; limit: number }): Promise<SimilarResult> {
    if (!this.library.get(request.id)) throw new ApiError('not-found', noDocument(request.id));
    const matches = (await this.search.similar(request.id, request.limit)) ?? [];
    const hits: SimilarResult['hits'] = [];
    for (const match of matches) {
      const entry = this.library.get(match.id);
      if (!entry) continue;
      hits.push({
        id: match.id,
        title: entry.title,
        ...(entry.source === undefined ? {} : { source: entry.source }),
        ...(entry.date === undefined ? {} : { date: entry.date }),
        similarity: roundShare(match.similarity),
        sharedPassages: match.sharedPassages,
        textShare: roundShare(match.textShare),
        vocabularyShare: roundShare(match.vocabularyShare),
      });
    }
    return { hits };
  }

  async clusters(request: { minSimilarity?: number; days?: number; limit?: number }): Promise<ClustersResult> {
    const { limit, ...options } = request;
    const groups = await this.search.clusters(options);
    return clustersResult(
      groups,
      { has: (id) => this.library.get(id) !== undefined, get: (id) => this.library.get(id) },
      limit,
    );
  }
}

/** Four decimals are all a share can honestly claim, and keep the JSON readable. */
function roundShare(share: number): number {
  return Math.min(1, Math.max(0, Math.round(share * 10_000) / 10_000));
}
