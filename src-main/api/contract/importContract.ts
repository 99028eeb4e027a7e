import {
  ImportCancelledSchema,
  ImportDoneSchema,
  ImportJobSchema,
  ImportProgressSchema,
  ImportQdpxRequestSchema,
  ImportQdpxResultSchema,
  ImportRequestSchema,
} from '../importSchemas';

/** Bringing reports in: files and folders as a cancellable job, or a whole REFI-QDA project. */
export const importMethods = {
  'import.start': { input: ImportRequestSchema, output: ImportJobSchema },
  'import.cancel': { input: ImportJobSchema, output: ImportCancelledSchema },
  'project.importQdpx': { input: ImportQdpxRequestSchema, output: ImportQdpxResultSchema },
} as const;

export const importEvents = {
  'import.progress': ImportProgressSchema,
  'import.done': ImportDoneSchema,
} as const;
