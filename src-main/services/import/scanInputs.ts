import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { ImportItemError } from '../../core/import/parseOutcome';
import { fileSystemReason } from '../persistence/fileSystemReason';
import { importMessages } from './importMessages';

export interface ScannedInputs {
  files: string[];
  errors: ImportItemError[];
}

/**
 * How many entries of one folder are looked up together (links and folders only): one `stat` at a
 * time waits a thread pool round trip each, while a few dozen in flight keep the pool busy without
 * opening thousands of requests at once.
 */
const STATS_IN_FLIGHT = 64;

/** What a path is, followed through links, and where it really is (the same for every way to it). */
type Looked = { path: string; stats: Stats; real: string } | { path: string; error: ImportItemError };

/**
 * Expands the paths a user gave into the files to import: folders recursively, in a stable order,
 * skipping hidden entries (".git", ".DS_Store"), which are never reports.
 *
 * Each real folder (by device and inode, whatever links lead to it) is entered once, so a link to
 * "." or to a parent cannot loop; and each file is listed once by its real path, however many links
 * or arguments name it. The scan is asynchronous, so the thread that answers the interface's calls
 * is never held by a large or slow folder. A folder's plain files are known from the folder listing
 * itself: only links and sub-folders are looked up (a `stat` per file cost ANT's 31,525 files about
 * a second before any was read). Entries are taken in name order, so the result does not depend on
 * which answer came first.
 */
export async function scanInputs(paths: string[]): Promise<ScannedInputs> {
  const files: string[] = [];
  const errors: ScannedInputs['errors'] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = (path: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(path);
  };

  const take = async (looked: Looked, explicit: boolean): Promise<void> => {
    if ('error' in looked) {
      errors.push(looked.error);
      return;
    }
    const { path, stats, real } = looked;
    if (stats.isDirectory()) {
      const identity = `${stats.dev}:${stats.ino}`;
      if (seenFolders.has(identity)) return;
      seenFolders.add(identity);
      let entries: Dirent[];
      try {
        entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
          a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
        );
      } catch (error) {
        errors.push({ path, reason: importMessages.folderUnreadable(fileSystemReason(error)) });
        return;
      }
      const visible = entries.filter((entry) => !entry.name.startsWith('.'));
      for (let start = 0; start < visible.length; start += STATS_IN_FLIGHT) {
        const group = await Promise.all(
          visible
            .slice(start, start + STATS_IN_FLIGHT)
            .map((entry) => (entry.isFile() ? undefined : lookAt(inFolder(path, entry.name)))),
        );
        for (const [offset, looked] of group.entries()) {
          const entry = visible[start + offset]!;
          if (looked === undefined) addFile(inFolder(path, entry.name), inFolder(real, entry.name));
          else await take(looked, false);
        }
      }
    } else if (stats.isFile()) {
      addFile(path, real);
    } else if (explicit) {
      errors.push({ path, reason: importMessages.notRegularFile() });
    }
  };

  for (const path of paths) await take(await lookAt(resolve(path)), true);
  return { files, errors };
}

async function lookAt(path: string): Promise<Looked> {
  try {
    const stats = await stat(path);
    return { path, stats, real: await realpath(path) };
  } catch (error) {
    return { path, error: { path, reason: fileSystemReason(error, importMessages.cannotStat) } };
  }
}

/**
 * `name` inside `folder`, an absolute normalised path: `join` normalises again, which cost a
 * tenth of the scan over tens of thousands of files, and a name read from a folder has no separator.
 */
function inFolder(folder: string, name: string): string {
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}
