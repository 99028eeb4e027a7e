import { isAbsolute, resolve, sep } from 'node:path';
import { ApiError } from '../api/apiError';
import type { AdmitImportPaths } from '../api/guardImportPaths';

export interface ImportGrants {
  /** Paths the user chose: from main's open dialog, or files dropped or picked in the window. */
  grant(paths: readonly string[]): void;
  admit: AdmitImportPaths;
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * What the window may import: the paths the user chose (and what lies inside a chosen folder),
 * never a path the page merely names. Paths are compared after resolving `..`, so a granted
 * folder cannot be climbed out of.
 */
export function createImportGrants(): ImportGrants {
  const granted = new Set<string>();
  return {
    grant(paths) {
      for (const path of paths) if (isAbsolute(path)) granted.add(resolve(path));
    },
    async admit(paths) {
      for (const path of paths) {
        const resolved = isAbsolute(path) ? resolve(path) : undefined;
        if (resolved === undefined || ![...granted].some((folder) => isInside(resolved, folder))) {
          throw new ApiError('forbidden', {
            en: `Refused to import ${path}: choose it with Import files or Import folder, or drop it on the window.`,
            ar: `رُفض استيراد ${path}: اختره بزر استيراد ملفات أو استيراد مجلد، أو أفلته على النافذة.`,
          });
        }
      }
    },
  };
}
