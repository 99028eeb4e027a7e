import type { ImportReport } from '../../src-main/api/types';
import type { UploadRefusal } from '../api/createHttpUploader';
import { dictionaries } from '../i18n/dictionaries';
import type { Strings } from '../i18n/Strings';

/** A report with no imported files: an upload that was cancelled, or whose every file was refused. */
export function emptyReport(cancelled: boolean): ImportReport {
  return {
    added: [],
    updated: [],
    unchanged: 0,
    duplicates: [],
    errors: [],
    warnings: [],
    cancelled,
    filesScanned: 0,
    elapsedMs: 0,
  };
}

/**
 * The report of an uploaded import as the user sees it: paths named as the user chose them (inside
 * the upload's temporary folder on the server they mean nothing), and the files the upload refused
 * first among the errors, so every file chosen is accounted for.
 */
export function reportOfUpload(report: ImportReport, folder: string, refused: readonly UploadRefusal[]): ImportReport {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  const named = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : path === folder ? '' : path);
  return {
    ...report,
    added: report.added.map((entry) => ({ ...entry, path: named(entry.path) })),
    updated: report.updated.map((entry) => ({ ...entry, path: named(entry.path) })),
    duplicates: report.duplicates.map((entry) => ({ ...entry, path: named(entry.path) })),
    warnings: report.warnings.map((entry) => ({ ...entry, path: named(entry.path) })),
    errors: [
      ...refused.map((refusal) => ({
        path: refusal.name,
        reason: { en: refusalReason(dictionaries.en, refusal), ar: refusalReason(dictionaries.ar, refusal) },
      })),
      ...report.errors.map((entry) => ({ ...entry, path: named(entry.path) })),
    ],
    filesScanned: report.filesScanned + refused.length,
  };
}

/** Why the upload refused a file, in one language: import reports carry both, like the importers' reasons. */
function refusalReason(t: Strings, refusal: UploadRefusal): string {
  switch (refusal.code) {
    case 'too-large':
      return t.importRefused['too-large'](Math.round((refusal.limitBytes ?? 0) / 1024 / 1024));
    case 'write-failed':
      return t.importRefused['write-failed'](refusal.message ?? '');
    case 'network':
      return t.importRefused.network(refusal.message ?? '');
    default:
      return t.importRefused[refusal.code];
  }
}
