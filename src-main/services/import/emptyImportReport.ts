import type { ImportReport } from '../../api/types';

/** A report of an import that has done nothing yet: what a job starts from, and what a failed one ends with. */
export function emptyImportReport(): ImportReport {
  return {
    added: [],
    updated: [],
    unchanged: 0,
    duplicates: [],
    errors: [],
    warnings: [],
    cancelled: false,
    filesScanned: 0,
    elapsedMs: 0,
  };
}
