import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectLayout } from './projectLayout';

/**
 * What stands at the path given as a project: a project (a folder holding some file a project is
 * made of), nothing, a file, or a folder that holds no project (an empty one, the home folder).
 */
export type ProjectFolderState = 'project' | 'missing' | 'file' | 'no-project';

export function projectFolderState(projectDir: string): ProjectFolderState {
  let isFolder: boolean;
  try {
    isFolder = statSync(projectDir).isDirectory();
  } catch {
    return 'missing';
  }
  if (!isFolder) return 'file';
  const layout = projectLayout(projectDir);
  const marks = [layout.library, layout.libraryJournal, layout.annotations, layout.annotationJournal];
  return marks.some((path) => existsSync(path)) || holdsProjectBackups(projectDir) ? 'project' : 'no-project';
}

/**
 * A project whose library is gone may still be restored from its backups: a `backups` folder with
 * backups of a library or of annotations (`library.<time>.json`, as RollingBackups names them), not
 * any folder that happens to have a `backups` folder.
 */
function holdsProjectBackups(projectDir: string): boolean {
  try {
    return readdirSync(join(projectDir, 'backups')).some((name) => /^(library|annotations)\..+\.json$/.test(name));
  } catch {
    return false;
  }
}
