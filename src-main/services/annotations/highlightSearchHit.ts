import type { z } from 'zod';
import type { AnnotationSearchHitSchema } from '../../api/annotationSchemas';
import type { SearchHit, SearchRequest } from '../../core/search/searchResult';

export type AnnotationSearchHit = z.output<typeof AnnotationSearchHitSchema>;

/** Which text of a highlight is indexed. */
export type HighlightFieldName = 'quote' | 'note';

/** Longest snippet shown for a quote or note without a located hit. */
const FALLBACK_SNIPPET = 160;

/** An indexed quote or note, and what a hit on it shows: its highlight, report and text. */
export interface HighlightField {
  /** Its id in the index. */
  key: string;
  highlightId: string;
  field: HighlightFieldName;
  text: string;
  docId: string;
  docTitle: string;
}

/** The request as highlights are searched: their matches come in one page, at most `limit` of them. */
export const highlightSearchRequest = (request: SearchRequest): SearchRequest => ({
  ...request,
  offset: 0,
  limit: request.limit ?? 20,
});

/** A report-style hit on an indexed quote or note, as the highlight match it stands for. */
export function annotationSearchHit(hit: SearchHit, field: Omit<HighlightField, 'key'>): AnnotationSearchHit {
  const snippet = hit.snippets[0] ?? {
    start: 0,
    end: Math.min(field.text.length, FALLBACK_SNIPPET),
    text: field.text.slice(0, FALLBACK_SNIPPET),
    highlights: [],
  };
  return { highlightId: field.highlightId, docId: field.docId, docTitle: field.docTitle, field: field.field, snippet };
}
