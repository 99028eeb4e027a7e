import { fileContentHash } from '../../persistence/fileContentHash';
import { fileStamp } from '../../persistence/fileStamp';
import { writeFileDurably } from '../../persistence/writeFileDurably';
import type { ProjectLayout } from '../../project/projectLayout';
import { readSearchTablesMeta } from './searchTablesFreshness';
import { searchTablesLayout, type LibraryStamp } from './searchTablesLayout';

/**
 * Notes that the library file of stamp `library` holds exactly the corpus `fingerprint` names (the
 * caller knows it: it has just saved or read that library, and checked its stamp). Tables of the same fingerprint
 * then serve one-shot commands without reading the library: a stamp of the file (inode, size,
 * time) stands for it. Any later write of the library changes its stamp, and any new index
 * replaces the whole index folder, this note with it; either way the tables are no longer used
 * until the note is written again. Does nothing when the tables are of another corpus.
 *
 * The note also keeps the hash of the library's bytes, for when the stamp changes but the library
 * does not (see `libraryBytesMatchNote`).
 */
export async function noteLibraryMatchesTables(
  layout: ProjectLayout,
  fingerprint: string,
  library: string,
): Promise<void> {
  const meta = await readSearchTablesMeta(layout.index);
  if (meta?.fingerprint !== fingerprint) return;
  const note: LibraryStamp = { fingerprint, library };
  if (library !== 'absent') {
    note.sha256 = await fileContentHash(layout.library);
    // Written while it was read: the bytes hashed may not be those of the stamp checked.
    if ((await fileStamp(layout.library)) !== library) return;
  }
  await writeFileDurably(searchTablesLayout(layout.index).libraryStamp, JSON.stringify(note));
}

/**
 * Whether the library file, whose stamp is now `library` and no longer the note's, still holds
 * the very bytes the note was written for. A project copied, restored from a backup or moved to
 * another disk has new inodes and times but the same library: hashing it (0.1 s for ANT's) spares
 * a one-shot command the whole workbench (2 s). The note is then written under the new stamp, so
 * that the next command checks the stamp alone; where it cannot be written (a read-only copy), the
 * next command hashes again.
 */
export async function libraryBytesMatchNote(
  layout: ProjectLayout,
  note: LibraryStamp,
  library: string,
): Promise<boolean> {
  if (note.sha256 === undefined || library === 'absent') return false;
  if ((await fileContentHash(layout.library)) !== note.sha256) return false;
  // Only a stamp that still names the bytes just hashed is noted.
  if ((await fileStamp(layout.library)) === library) {
    await writeFileDurably(searchTablesLayout(layout.index).libraryStamp, JSON.stringify({ ...note, library })).catch(
      () => undefined,
    );
  }
  return true;
}
