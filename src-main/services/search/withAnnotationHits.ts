import type { z } from 'zod';
import type { SearchWithAnnotationsResultSchema } from '../../api/annotationSchemas';
import type { SearchResult } from '../../core/search/searchResult';
import type { AnnotationSearchHit } from '../annotations/highlightSearchHit';
import { HITS_PENDING } from '../annotations/hitsPending';

export type SearchWithAnnotationsResult = z.input<typeof SearchWithAnnotationsResultSchema>;

/**
 * A page of report hits as `search.query` returns it, joined with the highlights matched: none
 * when they were not looked for (a later page) or cannot be read, a note that they are still being
 * indexed, or the matches themselves.
 */
export function withAnnotationHits(
  result: SearchResult,
  annotationHits: AnnotationSearchHit[] | typeof HITS_PENDING | undefined,
): SearchWithAnnotationsResult {
  if (annotationHits === undefined) return result;
  if (annotationHits === HITS_PENDING) return { ...result, annotationHitsPending: true };
  return { ...result, annotationHits };
}
