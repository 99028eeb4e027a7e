import { DurableJsonStore } from '../persistence';
import { SettingsSchema } from '../../api/settingsSchemas';
import { LIBRARY_SCHEMA_VERSION, LibraryDataSchema, type LibraryData } from './libraryEntry';
import type { ProjectLayout } from './projectLayout';
import type { z } from 'zod';

export type Settings = z.output<typeof SettingsSchema>;

/**
 * The library is large and written once per import: compact JSON, few backups, and a note of the
 * text its schema last accepted, so that opening it unchanged skips re-checking 30,000 entries,
 * and a copy of the value that text parses to, read instead of parsing it (written by the app and
 * `qarin serve`, see `keepLibraryCopy`).
 * Settings are tiny. Both refuse to open a damaged or newer file rather than start on an empty project.
 */
export function openLibraryStore(layout: ProjectLayout): DurableJsonStore<LibraryData> {
  return new DurableJsonStore<LibraryData>({
    path: layout.library,
    schema: LibraryDataSchema,
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    defaults: () => ({ documents: [] }),
    prettyPrint: false,
    backups: { keep: 3 },
    schemaCheckNotePath: layout.libraryCheckNote,
    parsedCopyPath: layout.libraryParsedCopy,
  });
}

/** How the settings file is written and read: what a reader that never writes decodes it with too. */
export const settingsFormat = {
  schema: SettingsSchema,
  schemaVersion: 1,
  defaults: (): Settings => SettingsSchema.parse({}),
};

export function openSettingsStore(layout: ProjectLayout): DurableJsonStore<Settings> {
  return new DurableJsonStore<Settings>({ path: layout.settings, ...settingsFormat, backups: { keep: 3 } });
}
