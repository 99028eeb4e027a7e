import { z } from 'zod';
import * as s from './schemas';

/**
 * The one table of every call the UI can make. Electron IPC, the HTTP bridge of `qarin serve`, the
 * command line and the tests all go through it, so the transports cannot drift apart.
 */
export const contract = {
  'project.info': { input: s.Empty, output: s.ProjectInfoSchema },
  'library.list': { input: s.LibraryQuerySchema, output: s.LibraryPageSchema },
  'document.get': { input: z.object({ id: z.string() }), output: s.DocumentDetailSchema },
  'search.query': { input: s.SearchRequestSchema, output: s.SearchResultSchema },
  'search.documentHits': { input: s.DocumentHitsRequestSchema, output: s.DocumentHitsSchema },
  'import.start': { input: s.ImportRequestSchema, output: z.object({ jobId: z.string() }) },
  'import.cancel': { input: z.object({ jobId: z.string() }), output: z.object({ cancelled: z.boolean() }) },
  'settings.get': { input: s.Empty, output: s.SettingsSchema },
  'settings.set': { input: s.SettingsPatchSchema, output: s.SettingsSchema },
} as const;

/** Events the main side pushes to every window or page. */
export const events = {
  'import.progress': s.ImportProgressSchema,
  'import.done': s.ImportDoneSchema,
  'library.changed': z.object({ documentCount: z.number().int() }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EventName = keyof typeof events;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
