import { z } from 'zod';
import * as s from './schemas';
import * as a from './annotationSchemas';
import * as c from './compareSchemas';

/**
 * The one table of every call the UI can make. Electron IPC, the HTTP bridge of `qarin serve`, the
 * command line and the tests all go through it, so the transports cannot drift apart.
 */
export const contract = {
  'project.info': { input: s.Empty, output: s.ProjectInfoSchema },
  'library.list': { input: s.LibraryQuerySchema, output: s.LibraryPageSchema },
  'document.get': { input: z.object({ id: z.string() }), output: s.DocumentDetailSchema },
  'search.query': { input: s.SearchRequestSchema, output: a.SearchWithAnnotationsResultSchema },
  'search.documentHits': { input: s.DocumentHitsRequestSchema, output: s.DocumentHitsSchema },
  'import.start': { input: s.ImportRequestSchema, output: z.object({ jobId: z.string() }) },
  'project.importQdpx': { input: s.ImportQdpxRequestSchema, output: s.ImportQdpxResultSchema },
  'import.cancel': { input: z.object({ jobId: z.string() }), output: z.object({ cancelled: z.boolean() }) },
  'settings.get': { input: s.Empty, output: s.SettingsSchema },
  'settings.set': { input: s.SettingsPatchSchema, output: s.SettingsSchema },
  'annotations.status': { input: s.Empty, output: a.AnnotationStatusSchema },
  'annotations.list': { input: a.AnnotationListQuerySchema, output: a.AnnotationListSchema },
  'annotations.create': { input: a.CreateHighlightSchema, output: a.ListedHighlightSchema },
  'annotations.update': { input: a.UpdateHighlightSchema, output: a.ListedHighlightSchema },
  'annotations.delete': { input: z.object({ id: z.string().min(1) }), output: a.DeletedSchema },
  'annotations.reattach': { input: a.ReattachHighlightSchema, output: a.ListedHighlightSchema },
  'annotations.export': { input: a.ExportRequestSchema, output: a.ExportResultSchema },
  'annotations.importJson': { input: a.ImportAnnotationsSchema, output: a.ImportAnnotationsResultSchema },
  'annotations.backups': { input: s.Empty, output: a.AnnotationBackupListSchema },
  'annotations.restoreBackup': { input: a.RestoreBackupSchema, output: a.RestoreBackupResultSchema },
  'codes.list': { input: s.Empty, output: a.CodeListSchema },
  'codes.create': { input: a.CreateCodeSchema, output: a.CodeSchema },
  'codes.update': { input: a.UpdateCodeSchema, output: a.CodeSchema },
  'codes.merge': { input: a.MergeCodesSchema, output: a.MergeCodesResultSchema },
  'codes.delete': { input: a.DeleteCodeSchema, output: a.DeleteCodeResultSchema },
  'memos.list': { input: s.Empty, output: a.MemoListSchema },
  'memos.save': { input: a.SaveMemoSchema, output: a.MemoSchema },
  'memos.delete': { input: z.object({ id: z.string().min(1) }), output: a.DeletedSchema },
  'notes.get': { input: a.DocumentNoteRequestSchema, output: a.DocumentNoteSchema },
  'notes.set': { input: a.SetDocumentNoteSchema, output: a.DocumentNoteSchema },
  'history.undo': { input: s.Empty, output: a.HistoryStepSchema },
  'history.redo': { input: s.Empty, output: a.HistoryStepSchema },
  'history.status': { input: s.Empty, output: a.HistoryStatusSchema },
  'compare.run': { input: c.CompareRequestSchema, output: c.ComparisonSchema },
  'compare.similar': { input: c.SimilarRequestSchema, output: c.SimilarResultSchema },
  'compare.clusters': { input: c.ClustersRequestSchema, output: c.ClustersResultSchema },
  'compare.lexicons.list': { input: s.Empty, output: c.LexiconListSchema },
  'compare.lexicons.add': { input: c.LexiconEntrySchema, output: c.LexiconListSchema },
  'compare.lexicons.remove': { input: c.LexiconRemoveSchema, output: c.LexiconListSchema },
} as const;

/** Events the main side pushes to every window or page. */
export const events = {
  'import.progress': s.ImportProgressSchema,
  'import.done': s.ImportDoneSchema,
  'library.changed': z.object({ documentCount: z.number().int() }),
  'annotations.changed': a.AnnotationsChangedSchema,
  'history.changed': a.HistoryStatusSchema,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EventName = keyof typeof events;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
