import { z } from 'zod';
import * as a from '../annotationSchemas';
import { Empty } from '../commonSchemas';

const ById = z.object({ id: z.string().min(1) });

/** Highlights, the codebook, memos, notes on a report, undo history, and their exchange with files. */
export const annotationMethods = {
  'annotations.status': { input: Empty, output: a.AnnotationStatusSchema },
  'annotations.list': { input: a.AnnotationListQuerySchema, output: a.AnnotationListSchema },
  'annotations.create': { input: a.CreateHighlightSchema, output: a.ListedHighlightSchema },
  'annotations.update': { input: a.UpdateHighlightSchema, output: a.ListedHighlightSchema },
  'annotations.delete': { input: ById, output: a.DeletedSchema },
  'annotations.reattach': { input: a.ReattachHighlightSchema, output: a.ListedHighlightSchema },
  'annotations.export': { input: a.ExportRequestSchema, output: a.ExportResultSchema },
  'annotations.importJson': { input: a.ImportAnnotationsSchema, output: a.ImportAnnotationsResultSchema },
  'annotations.backups': { input: Empty, output: a.AnnotationBackupListSchema },
  'annotations.restoreBackup': { input: a.RestoreBackupSchema, output: a.RestoreBackupResultSchema },
  'codes.list': { input: Empty, output: a.CodeListSchema },
  'codes.create': { input: a.CreateCodeSchema, output: a.CodeSchema },
  'codes.update': { input: a.UpdateCodeSchema, output: a.CodeSchema },
  'codes.merge': { input: a.MergeCodesSchema, output: a.MergeCodesResultSchema },
  'codes.delete': { input: a.DeleteCodeSchema, output: a.DeleteCodeResultSchema },
  'memos.list': { input: Empty, output: a.MemoListSchema },
  'memos.save': { input: a.SaveMemoSchema, output: a.MemoSchema },
  'memos.delete': { input: ById, output: a.DeletedSchema },
  'notes.get': { input: a.DocumentNoteRequestSchema, output: a.DocumentNoteSchema },
  'notes.set': { input: a.SetDocumentNoteSchema, output: a.DocumentNoteSchema },
  'history.undo': { input: Empty, output: a.HistoryStepSchema },
  'history.redo': { input: Empty, output: a.HistoryStepSchema },
  'history.status': { input: Empty, output: a.HistoryStatusSchema },
} as const;

export const annotationEvents = {
  'annotations.changed': a.AnnotationsChangedSchema,
  'history.changed': a.HistoryStatusSchema,
} as const;
