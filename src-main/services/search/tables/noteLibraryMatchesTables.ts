import { writeFileDurably } from '../../persistence/writeFileDurably';
import type { ProjectLayout } from '../../project/projectLayout';
import { readSearchTablesMeta } from './searchTablesFreshness';
import { searchTablesLayout } from './searchTablesLayout';

/**
 * Notes that the library file of stamp `library` holds exactly the corpus `fingerprint` names (the
 * caller knows it: it has just saved or read that library, and checked its stamp). Tables of the same fingerprint
 * then serve one-shot commands without reading the library: a stamp of the file (inode, size,
 * time) stands for it. Any later write of the library changes its stamp, and any new index
 * replaces the whole index folder, this note with it; either way the tables are no longer used
 * until the note is written again. Does nothing when the tables are of another corpus.
 */
export async function noteLibraryMatchesTables(
  layout: ProjectLayout,
  fingerprint: string,
  library: string,
): Promise<void> {
  const meta = await readSearchTablesMeta(layout.index);
  if (meta?.fingerprint !== fingerprint) return;
  await writeFileDurably(searchTablesLayout(layout.index).libraryStamp, JSON.stringify({ fingerprint, library }));
}
