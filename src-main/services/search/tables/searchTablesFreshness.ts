import { readFile } from 'node:fs/promises';
import { ANALYZER_VERSION } from '../../../core/search/analyzerVersion';
import { fileStamp } from '../../persistence/fileStamp';
import type { ProjectLayout } from '../../project/projectLayout';
import { DiskSearchIndex } from './diskSearchIndex';
import { asLibraryStamp, asSearchTablesMeta, searchTablesLayout, type SearchTablesMeta } from './searchTablesLayout';

/** The tables' meta file, or undefined when it is missing, unreadable or of another analyzer. */
export async function readSearchTablesMeta(indexDir: string): Promise<SearchTablesMeta | undefined> {
  try {
    const text = await readFile(searchTablesLayout(indexDir).meta, 'utf8');
    const meta = asSearchTablesMeta(JSON.parse(text));
    return meta?.analyzer === ANALYZER_VERSION ? meta : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The search tables of a project, open for a one-shot search, or undefined when they are missing,
 * of another format or analyzer, or not known to match the library as it is now: the caller then
 * searches with the in-memory index, which brings everything up to date (a library journal left
 * by a stopped import included).
 */
export async function openSearchTables(layout: ProjectLayout): Promise<DiskSearchIndex | undefined> {
  try {
    const tables = searchTablesLayout(layout.index);
    const [meta, noteText, library, journal] = await Promise.all([
      readSearchTablesMeta(layout.index),
      readFile(tables.libraryStamp, 'utf8'),
      fileStamp(layout.library),
      fileStamp(layout.libraryJournal),
    ]);
    const note = asLibraryStamp(JSON.parse(noteText));
    if (!meta || note?.fingerprint !== meta.fingerprint) return undefined;
    // Reports an import journaled (and was stopped before writing the library) are not in the tables.
    if (journal !== 'absent') return undefined;
    if (note.library !== library) {
      // Loaded only here: the stamp alone answers every command but the first after a copy.
      const { libraryBytesMatchNote } = await import('./noteLibraryMatchesTables');
      if (!(await libraryBytesMatchNote(layout, note, library))) return undefined;
    }
    return new DiskSearchIndex(tables, meta, layout.texts, { libraryStamp: library });
  } catch {
    // Missing or unreadable tables only cost the slower way: they are a cache of the index.
    return undefined;
  }
}
