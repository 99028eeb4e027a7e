import type { AnnotationListQuery } from '../../src-main/api/types';
import type { QueryCache } from '../shared/queryCache';

/**
 * Every key the renderer reads through the query cache, general to particular, and the rules of
 * what each change from main makes outdated. Keys share a prefix exactly when one change can make
 * them all outdated: a report's highlights and note sit under `['annotations', 'document', id]`.
 */
export const queryKeys = {
  document: (id: string) => ['document', id],
  annotationStatus: () => ['annotations', 'status'],
  codes: () => ['annotations', 'codes'],
  memos: () => ['annotations', 'memos'],
  documentAnnotations: (docId: string) => ['annotations', 'document', docId],
  documentHighlights: (docId: string) => ['annotations', 'document', docId, 'highlights'],
  documentNote: (docId: string) => ['annotations', 'document', docId, 'note'],
  allHighlights: () => ['annotations', 'all-highlights'],
  highlightList: (query: AnnotationListQuery) => ['annotations', 'list', query],
  comparisons: () => ['compare', 'run'],
  comparison: (ids: readonly string[], baseId: string | undefined) => ['compare', 'run', ids, baseId ?? null],
  similar: (id: string) => ['compare', 'similar', id],
  clusters: () => ['compare', 'clusters'],
  libraryPage: (filter: unknown, page: number) => ['library', 'page', filter, page],
  documentHits: (docId: string, query: string) => ['search', 'document-hits', docId, query],
} as const;

/**
 * After an annotation change: the named report's highlights and note, and everything that counts or
 * lists across reports. A change naming no report (a history step, a merge of codes) may touch any.
 */
export function invalidateAnnotations(cache: QueryCache, docId?: string): void {
  if (docId === undefined) {
    cache.invalidate(['annotations']);
    return;
  }
  cache.invalidate(queryKeys.documentAnnotations(docId));
  cache.invalidate(queryKeys.annotationStatus());
  cache.invalidate(queryKeys.codes());
  cache.invalidate(queryKeys.memos());
  cache.invalidate(queryKeys.allHighlights());
  cache.invalidate(['annotations', 'list']);
}

/** After the library changed (an import, a re-import, a removal): any report, and all that is read from them. */
export function invalidateLibrary(cache: QueryCache): void {
  cache.invalidate(['library']);
  cache.invalidate(['search']);
  cache.invalidate(['document']);
  cache.invalidate(['compare']);
  // A re-import may re-anchor highlights or orphan them.
  cache.invalidate(['annotations']);
}
