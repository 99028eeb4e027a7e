import { readFile } from 'node:fs/promises';
import { ANALYZER_VERSION } from '../../../core/search/analyzerVersion';
import { writeFileDurably } from '../../persistence/writeFileDurably';
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
 * Notes that the library file, as it is now on disk, holds exactly the corpus `fingerprint` names
 * (the caller knows it: it has just saved or read that library). Tables of the same fingerprint
 * then serve one-shot commands without reading the library: a stamp of the file (inode, size,
 * time) stands for it. Any later write of the library changes its stamp, and any new index
 * replaces the whole index folder, this note with it; either way the tables are no longer used
 * until the note is written again. Does nothing when the tables are of another corpus.
 */
export async function noteLibraryMatchesTables(layout: ProjectLayout, fingerprint: string): Promise<void> {
  const meta = await readSearchTablesMeta(layout.index);
  if (meta?.fingerprint !== fingerprint) return;
  const library = await fileStamp(layout.library);
  await writeFileDurably(searchTablesLayout(layout.index).libraryStamp, JSON.stringify({ fingerprint, library }));
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
    if (!meta || note?.fingerprint !== meta.fingerprint || note.library !== library) return undefined;
    // Reports an import journaled (and was stopped before writing the library) are not in the tables.
    if (journal !== 'absent') return undefined;
    return new DiskSearchIndex(tables, meta, layout.texts);
  } catch {
    // Missing or unreadable tables only cost the slower way: they are a cache of the index.
    return undefined;
  }
}
