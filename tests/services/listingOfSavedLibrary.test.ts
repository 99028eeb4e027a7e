import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { readLibraryRows } from '../../src-main/services/project/libraryListing';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { tempDir } from '../helpers/tempDir';

test('a listing asked for while an import reads names only the reports the library files hold', async () => {
  const projectDir = tempDir();
  const folder = join(tempDir(), 'reports');
  mkdirSync(folder);
  const count = 300;
  for (let n = 0; n < count; n += 1) {
    writeFileSync(join(folder, `r${String(n).padStart(4, '0')}.txt`), `تقرير رقم ${n}\nاجتمع الوفد لبحث الملف ${n}.`);
  }
  const workbench = await openWorkbench({ projectDir, preloadSearch: false });
  // Asked as the early reader asks when it finds the listing stale, while the reports read are in
  // the library in memory but not saved yet (the import saves them at its end).
  let listedWhileReading: Promise<unknown[] | undefined> | undefined;
  workbench.events.subscribe((event, payload) => {
    const progress = payload as { phase?: string; done?: number };
    if (event === 'import.progress' && progress.phase === 'reading' && (progress.done ?? 0) > 0) {
      listedWhileReading ??= workbench.noteLibraryListing!().then(() => readLibraryRows(projectLayout(projectDir)));
    }
  });
  try {
    await invoke(workbench.handlers, 'import.start', { paths: [folder] });
  } finally {
    // Waits for the import, and for the listing's writes.
    await workbench.close();
  }
  assert.ok(listedWhileReading, 'asked while the import read');
  assert.equal((await listedWhileReading)?.length ?? 0, 0, 'no report the library files did not hold then');
  const rows = await readLibraryRows(projectLayout(projectDir));
  assert.equal(rows?.length, count, 'the import, once saved, is listed whole');
});
