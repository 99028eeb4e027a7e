import type { annotationMethods } from '../../api/contract/annotationContract';
import type { HandlersOf } from '../../api/dispatch';
import type { AnnotationService } from './annotationService';

/** The contract's annotation calls over one project's AnnotationService: each is one call into it. */
export function createAnnotationHandlers(annotations: AnnotationService): HandlersOf<typeof annotationMethods> {
  return {
    'annotations.status': () => annotations.status(),
    'annotations.list': (query) => annotations.list(query),
    'annotations.create': (input) => annotations.create(input),
    'annotations.update': (input) => annotations.update(input),
    'annotations.delete': ({ id }) => annotations.delete(id),
    'annotations.reattach': (input) => annotations.reattach(input),
    'annotations.export': (request) => annotations.export(request),
    'annotations.importJson': ({ content }) => annotations.importWebAnnotations(content),
    'annotations.backups': async () => ({ backups: await annotations.backups() }),
    'annotations.restoreBackup': ({ name }) => annotations.restoreBackup(name),
    'codes.list': () => annotations.listCodes(),
    'codes.create': (input) => annotations.createCode(input),
    'codes.update': (input) => annotations.updateCode(input),
    'codes.merge': (input) => annotations.mergeCodes(input),
    'codes.delete': (input) => annotations.deleteCode(input),
    'memos.list': () => annotations.listMemos(),
    'memos.save': (input) => annotations.saveMemo(input),
    'memos.delete': ({ id }) => annotations.deleteMemo(id),
    'notes.get': ({ docId }) => annotations.getNote(docId),
    'notes.set': (note) => annotations.setNote(note),
    'history.undo': () => annotations.undo(),
    'history.redo': () => annotations.redo(),
    'history.status': async () => annotations.historyStatus(),
  };
}
