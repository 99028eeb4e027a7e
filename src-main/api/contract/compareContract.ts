import {
  ClustersRequestSchema,
  ClustersResultSchema,
  CompareRequestSchema,
  ComparisonSchema,
  SimilarRequestSchema,
  SimilarResultSchema,
} from '../compareSchemas';

/** Comparing reports side by side, finding reports like one, and grouping reports by story. */
export const compareMethods = {
  'compare.run': { input: CompareRequestSchema, output: ComparisonSchema },
  'compare.similar': { input: SimilarRequestSchema, output: SimilarResultSchema },
  'compare.clusters': { input: ClustersRequestSchema, output: ClustersResultSchema },
} as const;
