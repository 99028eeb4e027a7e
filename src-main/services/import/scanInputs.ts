import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImportItemError } from '../../core/import/parseOutcome';
import { importMessages } from './importMessages';

export interface ScannedInputs {
  files: string[];
  errors: ImportItemError[];
}

/**
 * Expands the paths a user gave into the files to import: folders recursively, in a stable order,
 * skipping hidden entries (".git", ".DS_Store"), which are never reports.
 *
 * Each real folder (by device and inode, whatever links lead to it) is entered once, so a link to
 * "." or to a parent cannot loop; and the scan is asynchronous, so the thread that answers the
 * interface's calls is never held by a large or slow folder.
 */
export async function scanInputs(paths: string[]): Promise<ScannedInputs> {
  const files: string[] = [];
  const errors: ScannedInputs['errors'] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let stats;
    try {
      stats = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? importMessages.noSuchPath()
          : code === 'EACCES'
            ? importMessages.permissionDenied()
            : code === 'ELOOP'
              ? importMessages.linkLoops()
              : importMessages.cannotStat(String(error));
      errors.push({ path, reason });
      return;
    }
    if (stats.isDirectory()) {
      const identity = `${stats.dev}:${stats.ino}`;
      if (seenFolders.has(identity)) return;
      seenFolders.add(identity);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (error) {
        errors.push({ path, reason: importMessages.folderUnreadable((error as Error).message) });
        return;
      }
      for (const name of names) if (!name.startsWith('.')) await visit(join(path, name), false);
    } else if (stats.isFile()) {
      const identity = `${stats.dev}:${stats.ino}`;
      if (!seenFiles.has(identity)) {
        seenFiles.add(identity);
        files.push(path);
      }
    } else if (explicit) {
      errors.push({ path, reason: importMessages.notRegularFile() });
    }
  };

  for (const path of paths) await visit(resolve(path), true);
  return { files, errors };
}
