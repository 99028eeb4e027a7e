import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ScannedInputs {
  files: string[];
  errors: { path: string; reason: string }[];
}

/**
 * Expands the paths a user gave into the files to import: folders recursively, in a stable order,
 * skipping hidden entries (".git", ".DS_Store"), which are never reports.
 */
export function scanInputs(paths: string[]): ScannedInputs {
  const files: string[] = [];
  const errors: ScannedInputs['errors'] = [];
  const seen = new Set<string>();

  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : String(error);
      errors.push({ path, reason });
      return;
    }
    if (stats.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        errors.push({ path, reason: `folder cannot be read: ${(error as Error).message}` });
        return;
      }
      for (const name of names) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (stats.isFile()) {
      if (!seen.has(path)) {
        seen.add(path);
        files.push(path);
      }
    } else if (explicit) {
      errors.push({ path, reason: 'not a regular file or folder' });
    }
  };

  for (const path of paths) visit(resolve(path), true);
  return { files, errors };
}
