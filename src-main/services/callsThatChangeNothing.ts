import type { MethodName } from '../api/contract';

/**
 * Calls that change nothing in the project. While one of any other kind waits for the project to
 * open, reads are no longer answered early: they would not see the change it is about to make.
 * `tests/services/callsThatChangeNothing.test.ts` calls each one on an annotated project and finds
 * the files it keeps unchanged.
 */
export const CALLS_THAT_CHANGE_NOTHING: ReadonlySet<MethodName> = new Set<MethodName>([
  'project.info',
  'library.list',
  'document.get',
  'search.query',
  'search.documentHits',
  'settings.get',
  'annotations.status',
  'annotations.list',
  'annotations.backups',
  'codes.list',
  'memos.list',
  'notes.get',
  'history.status',
  'compare.run',
  'compare.similar',
  'compare.clusters',
  'compare.lexicons.list',
  'report.build',
]);

export function changesNothing(method: MethodName): boolean {
  return CALLS_THAT_CHANGE_NOTHING.has(method);
}
