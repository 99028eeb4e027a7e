import type { RestoredBackup } from '../persistence/DurableJsonStore';
import { StoreError } from '../persistence/StoreError';
import { projectLayout } from './projectLayout';
import { openLibraryStore } from './projectStores';

/** True when a project failed to open because its library file is damaged, which a backup can mend. */
export function isDamagedLibrary(error: unknown): error is StoreError {
  return (
    error instanceof StoreError &&
    (error.kind === 'corrupt' || error.kind === 'invalid') &&
    error.fileName === 'library.json'
  );
}

/**
 * Puts back the newest backup of the project's library that opens (the damaged file is kept aside),
 * or the one named; null when no backup opens. It works on the closed project: a damaged library is
 * what keeps the project from opening.
 */
export function restoreLibraryBackup(projectDir: string, name?: string): Promise<RestoredBackup | null> {
  const library = openLibraryStore(projectLayout(projectDir));
  return name === undefined ? library.restoreNewestGoodBackup() : library.restoreBackup(name);
}
