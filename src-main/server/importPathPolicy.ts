import { realpath } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { ApiError } from '../api/apiError';
import type { AdmitImportPaths } from '../api/guardImportPaths';

/** A path with its symbolic links resolved; a path that does not exist yet is taken as written. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

export interface ImportPathPolicy {
  admit: AdmitImportPaths;
  /** A folder the server made for an upload: what is in it was chosen by the user in the page. */
  addUploadFolder(folder: string): Promise<void>;
  removeUploadFolder(folder: string): void;
}

/**
 * What `qarin serve` lets a page import: files the page uploaded (each upload has its own folder),
 * and typed paths only under the folders its user named with `--allow-import-from`. A path is
 * compared after resolving `..` and symbolic links, so neither can lead out of an allowed folder.
 */
export async function createImportPathPolicy(allowedFolders: readonly string[]): Promise<ImportPathPolicy> {
  const allowed = await Promise.all(
    allowedFolders.map(async (folder) => {
      try {
        return await realpath(folder);
      } catch (error) {
        throw new Error(`--allow-import-from ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }),
  );
  // Each upload folder as the server named it, and as its real path (what admitted paths are compared to).
  const uploads = new Map<string, string>();
  return {
    async admit(paths) {
      for (const path of paths) {
        const real = isAbsolute(path) ? await realPathOf(path) : undefined;
        const folders = [...allowed, ...uploads.values()];
        const permitted = real !== undefined && folders.some((folder) => isInside(real, folder));
        if (!permitted) {
          throw new ApiError('forbidden', {
            en:
              `Refused to import ${path}: qarin serve imports uploaded files, and typed paths only under a folder ` +
              'given with --allow-import-from.',
            ar:
              `رُفض استيراد ${path}: يستورد qarin serve الملفات المرفوعة، والمسارات المكتوبة داخل مجلد ` +
              'ذُكر مع ‎--allow-import-from فقط.',
          });
        }
      }
    },
    async addUploadFolder(folder) {
      uploads.set(folder, await realpath(folder));
    },
    removeUploadFolder(folder) {
      uploads.delete(folder);
    },
  };
}
