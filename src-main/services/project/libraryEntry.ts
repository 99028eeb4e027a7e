import { z } from 'zod';
import { IntegrityWarningSchema, SpanSchema } from '../../api/commonSchemas';
import { DocumentSummarySchema } from '../../api/librarySchemas';

/** The library's schema version, reported by `project.info`; bump it with a migration. */
export const LIBRARY_SCHEMA_VERSION = 1;

/**
 * One report as the library keeps it. Its text lives in the text store under `sha256`; `origin`
 * (file path and the report's key inside the file) is what makes a re-import an update of the same
 * document rather than a new one.
 */
export const LibraryEntrySchema = DocumentSummarySchema.omit({ warningCount: true }).extend({
  origin: z.string(),
  abstract: z.string().optional(),
  boilerplate: z.array(SpanSchema),
  warnings: z.array(IntegrityWarningSchema),
});

export type LibraryEntry = z.output<typeof LibraryEntrySchema>;

export const LibraryDataSchema = z.object({ documents: z.array(LibraryEntrySchema) });
export type LibraryData = z.output<typeof LibraryDataSchema>;

export function originOf(path: string, key: string): string {
  return `${path}#${key}`;
}
