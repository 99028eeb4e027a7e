import type { compareMethods } from '../../api/contract/compareContract';
import type { HandlersOf } from '../../api/dispatch';
import type { SimilarityService } from '../similarity/similarityService';
import type { CompareService } from './compareService';
import { createLexiconHandlers } from './createLexiconHandlers';

/**
 * The contract's comparison calls: side by side and the lexicon additions over the compare service,
 * similar and clusters over similarity.
 */
export function createCompareHandlers(
  compare: CompareService,
  similarity: SimilarityService,
): HandlersOf<typeof compareMethods> {
  return {
    'compare.run': async (request) => compare.compare(request),
    'compare.similar': (request) => similarity.similar(request),
    'compare.clusters': (request) => similarity.clusters(request),
    ...createLexiconHandlers(compare.lexicons),
  };
}
