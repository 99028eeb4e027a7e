import { Empty } from '../commonSchemas';
import {
  ClustersRequestSchema,
  ClustersResultSchema,
  CompareRequestSchema,
  ComparisonSchema,
  LexiconEntrySchema,
  LexiconListSchema,
  LexiconRemoveSchema,
  SimilarRequestSchema,
  SimilarResultSchema,
} from '../compareSchemas';

/**
 * Comparing reports side by side, finding reports like one, grouping reports by story, and the user's
 * additions to the lexicons the facts table reads.
 */
export const compareMethods = {
  'compare.run': { input: CompareRequestSchema, output: ComparisonSchema },
  'compare.similar': { input: SimilarRequestSchema, output: SimilarResultSchema },
  'compare.clusters': { input: ClustersRequestSchema, output: ClustersResultSchema },
  'compare.lexicons.list': { input: Empty, output: LexiconListSchema },
  'compare.lexicons.add': { input: LexiconEntrySchema, output: LexiconListSchema },
  'compare.lexicons.remove': { input: LexiconRemoveSchema, output: LexiconListSchema },
} as const;
