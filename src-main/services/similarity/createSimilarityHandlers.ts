import type { ApiHandlers } from '../../api/dispatch';
import type { SimilarityService } from './similarityService';

/** The contract's `compare.similar` and `compare.clusters`, over the similarity service. */
export function createSimilarityHandlers(
  similarity: SimilarityService,
): Pick<ApiHandlers, 'compare.similar' | 'compare.clusters'> {
  return {
    'compare.similar': (request) => similarity.similar(request),
    'compare.clusters': (request) => similarity.clusters(request),
  };
}
