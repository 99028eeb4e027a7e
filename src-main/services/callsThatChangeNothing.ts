import type { MethodName } from '../api/contract';

/**
 * Every method of the contract, by whether it changes the project. While a call that changes it
 * waits for the project to open, reads are no longer answered early: they would not see the change
 * it is about to make. `tests/services/callsThatChangeNothing.test.ts` calls each read on an
 * annotated project and finds the files it keeps unchanged.
 *
 * Names only, without the contract's schemas: building those takes about 50 ms, which whoever
 * only routes calls to a project (`workbenchWhenOpen`) need not spend before `qarin serve` can
 * print its address; calls are checked against the schemas where they are dispatched. `satisfies`
 * keeps the table whole: a method missing here, or one the contract does not have, fails
 * type-checking.
 */
const callKinds = {
  'project.info': 'reads',
  'library.list': 'reads',
  'document.get': 'reads',
  'search.query': 'reads',
  'search.documentHits': 'reads',
  'import.start': 'changes',
  'import.cancel': 'changes',
  'project.importQdpx': 'changes',
  'settings.get': 'reads',
  'settings.set': 'changes',
  'annotations.status': 'reads',
  'annotations.list': 'reads',
  'annotations.create': 'changes',
  'annotations.update': 'changes',
  'annotations.delete': 'changes',
  'annotations.reattach': 'changes',
  'annotations.export': 'changes',
  'annotations.importJson': 'changes',
  'annotations.backups': 'reads',
  'annotations.restoreBackup': 'changes',
  'codes.list': 'reads',
  'codes.create': 'changes',
  'codes.update': 'changes',
  'codes.merge': 'changes',
  'codes.delete': 'changes',
  'memos.list': 'reads',
  'memos.save': 'changes',
  'memos.delete': 'changes',
  'notes.get': 'reads',
  'notes.set': 'changes',
  'history.undo': 'changes',
  'history.redo': 'changes',
  'history.status': 'reads',
  'compare.run': 'reads',
  'compare.similar': 'reads',
  'compare.clusters': 'reads',
  'compare.lexicons.list': 'reads',
  'compare.lexicons.add': 'changes',
  'compare.lexicons.remove': 'changes',
  'report.build': 'reads',
  'report.save': 'changes',
} as const satisfies Record<MethodName, 'reads' | 'changes'>;

/** Every method of the contract. */
export const methodNames = Object.keys(callKinds) as MethodName[];

export const CALLS_THAT_CHANGE_NOTHING: ReadonlySet<MethodName> = new Set(
  methodNames.filter((method) => callKinds[method] === 'reads'),
);

export function changesNothing(method: MethodName): boolean {
  return callKinds[method] === 'reads';
}
