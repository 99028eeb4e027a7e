import { existsSync, statSync } from 'node:fs';
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
  // Any of these: a project's library may be gone, to be restored from its backups.
  const marks = [
    layout.library,
    layout.libraryJournal,
    layout.annotations,
    layout.annotationJournal,
    join(projectDir, 'backups'),
  ];
  return marks.some((path) => existsSync(path)) ? 'project' : 'no-project';
}
