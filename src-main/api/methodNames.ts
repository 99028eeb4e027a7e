import type { MethodName } from './contract';

/**
 * Every method of the contract, by name only. Building the contract's schemas takes about 50 ms,
 * which whoever only routes calls to a project (`workbenchWhenOpen`) need not spend before
 * `qarin serve` can print its address; the calls are checked against the schemas where they are
 * dispatched. `satisfies` keeps the two together: a method missing here, or one the contract does
 * not have, fails type-checking.
 */
const methods = {
  'project.info': true,
  'library.list': true,
  'document.get': true,
  'search.query': true,
  'search.documentHits': true,
  'import.start': true,
  'import.cancel': true,
  'project.importQdpx': true,
  'settings.get': true,
  'settings.set': true,
  'annotations.status': true,
  'annotations.list': true,
  'annotations.create': true,
  'annotations.update': true,
  'annotations.delete': true,
  'annotations.reattach': true,
  'annotations.export': true,
  'annotations.importJson': true,
  'annotations.backups': true,
  'annotations.restoreBackup': true,
  'codes.list': true,
  'codes.create': true,
  'codes.update': true,
  'codes.merge': true,
  'codes.delete': true,
  'memos.list': true,
  'memos.save': true,
  'memos.delete': true,
  'notes.get': true,
  'notes.set': true,
  'history.undo': true,
  'history.redo': true,
  'history.status': true,
  'compare.run': true,
  'compare.similar': true,
  'compare.clusters': true,
  'compare.lexicons.list': true,
  'compare.lexicons.add': true,
  'compare.lexicons.remove': true,
  'report.build': true,
  'report.save': true,
} as const satisfies Record<MethodName, true>;

export const methodNames = Object.keys(methods) as MethodName[];
