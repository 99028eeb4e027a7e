import { z } from 'zod';
import { BilingualSchema } from './bilingual';
import { IntegrityWarningSchema } from './commonSchemas';

/** Shapes of the import calls (`import.start`, `import.cancel`, `project.importQdpx`) and their events. */

/** A file or part of one that could not be imported, and why, in both languages. */
export const ImportErrorSchema = z.object({ path: z.string(), reason: BilingualSchema });
export const ImportWarningSchema = z.object({
  path: z.string(),
  id: z.string().optional(),
  title: z.string().optional(),
  warnings: z.array(IntegrityWarningSchema),
});

export const ImportReportSchema = z.object({
  added: z.array(z.object({ id: z.string(), path: z.string(), title: z.string() })),
  updated: z.array(z.object({ id: z.string(), path: z.string(), title: z.string() })),
  unchanged: z.number().int(),
  duplicates: z.array(z.object({ path: z.string(), duplicateOf: z.string() })),
  errors: z.array(ImportErrorSchema),
  warnings: z.array(ImportWarningSchema),
  cancelled: z.boolean(),
  filesScanned: z.number().int(),
  elapsedMs: z.number(),
});

export const ImportRequestSchema = z.object({
  paths: z.array(z.string().min(1)).min(1),
  maxFileBytes: z.number().int().positive().optional(),
});

export const ImportProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['scanning', 'reading', 'indexing', 'saving', 'done']),
  done: z.number().int(),
  total: z.number().int(),
  path: z.string().optional(),
});

export const ImportDoneSchema = z.object({ jobId: z.string(), report: ImportReportSchema });

export const ImportJobSchema = z.object({ jobId: z.string() });
export const ImportCancelledSchema = z.object({ cancelled: z.boolean() });

/** A REFI-QDA project to import: a path the user chose (dialog, drop, upload), as for `import.start`. */
export const ImportQdpxRequestSchema = z.object({ path: z.string().min(1) });

export const ImportQdpxResultSchema = z.object({
  reportsAdded: z.number().int(),
  /** Sources whose text the project already held. */
  reportsKnown: z.number().int(),
  highlights: z.number().int(),
  /** Selections the project already had at the same place. */
  highlightsKnown: z.number().int(),
  codesCreated: z.number().int(),
  memos: z.number().int(),
  documentNotes: z.number().int(),
  /** PDF, picture, audio and video sources, by name: Qarin holds text only. */
  skippedSources: z.array(z.string()),
  /** Sources with Windows line ends, and how their positions were read. */
  lineEnds: z.array(z.object({ source: z.string(), reading: z.enum(['crlf-as-two', 'crlf-as-one']) })),
});
