import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { qarin } from './runQarin';
import { seedsDir } from './seeds';

/**
 * Makes `project` (an empty folder) a project of the seeds whose library was saved over by a second
 * import from `extraFolder` (so it keeps a backup of the version it replaced), then damaged: what a
 * user meets after a crash or a disk fault, and what `qarin restore` and the app's dialog recover.
 */
export function damageLibraryAfterTwoImports(project: string, extraFolder: string): void {
  assert.equal(qarin(['import', seedsDir, '--project', project]).code, 0);
  writeFileSync(join(extraFolder, 'extra.txt'), 'تقرير إضافي عن اجتماع في مدينة بنغازي بين قادة عسكريين');
  assert.equal(qarin(['import', extraFolder, '--project', project]).code, 0);
  writeFileSync(join(project, 'library.json'), '{"schemaVersion": 1, "data": {"documents": [');
}
