import { existsSync, statSync } from 'node:fs';
import { nodeErrorCode } from '../persistence/nodeErrorCode';
import { projectLayout } from './projectLayout';

/**
 * What stands at the path given as a project: a project (a folder holding some file a project is
 * made of), nothing, a file, or a folder that holds no project (an empty one, the home folder).
 * A folder that cannot be looked into (permission) throws: it is not "missing".
 */
export type ProjectFolderState = 'project' | 'missing' | 'file' | 'no-project';

export async function projectFolderState(projectDir: string): Promise<ProjectFolderState> {
  let isFolder: boolean;
  try {
    isFolder = statSync(projectDir).isDirectory();
  } catch (error) {
    if (nodeErrorCode(error) === 'ENOENT' || nodeErrorCode(error) === 'ENOTDIR') return 'missing';
    throw error;
  }
  if (!isFolder) return 'file';
  const layout = projectLayout(projectDir);
  const marks = [layout.library, layout.libraryJournal, layout.annotations, layout.annotationJournal];
  if (marks.some((path) => existsSync(path))) return 'project';
  return (await holdsProjectBackups([layout.library, layout.annotations])) ? 'project' : 'no-project';
}

/**
 * A project whose library is gone may still be restored from its backups: backups of its library
 * or annotations as the stores name them, not any folder that happens to be called `backups`.
 * Loaded only here, where no mark was found: the usual command does not pay for it.
 */
async function holdsProjectBackups(storePaths: readonly string[]): Promise<boolean> {
  const { RollingBackups } = await import('../persistence/RollingBackups');
  for (const path of storePaths) {
    // Only listed here: the policy governs taking backups, which this never does.
    if ((await new RollingBackups(path, { keep: 0, minIntervalMs: 0 }).list()).length > 0) return true;
  }
  return false;
}
