import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invoke } from '../../src-main/api/dispatch';
import { ImportService } from '../../src-main/services/import/importService';
import { Library } from '../../src-main/services/project/library';
import type { LibraryData } from '../../src-main/services/project/libraryEntry';
import { TextStore } from '../../src-main/services/project/textStore';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { startLineReadingChild } from '../helpers/lineReadingChild';
import { readStoredText } from '../../src-main/services/project/storedText';
import { packFiles } from '../helpers/textPacks';
import { tempDir } from '../helpers/tempDir';

const importScript = fileURLToPath(new URL('./fixtures/importUntilKilled.ts', import.meta.url));

function folderOfReports(count: number): string {
  const folder = join(tempDir(), 'reports');
  mkdirSync(folder);
  for (let n = 0; n < count; n += 1)
    writeFileSync(join(folder, `r${String(n).padStart(4, '0')}.txt`), `تقرير رقم ${n}\nاجتمع الوفد لبحث الملف ${n}.`);
  return folder;
}

/** A text store on a disk that fills up after `room` texts. */
class FillingTextStore extends TextStore {
  constructor(
    dir: string,
    private room: number,
  ) {
    super(dir);
  }

  override write(sha256: string, text: string): void {
    if (this.room-- <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    super.write(sha256, text);
  }
}

test('a project that fills up mid-import: one clear error, and what is listed is what was saved', async () => {
  const project = tempDir();
  const library = new Library();
  const texts = new FillingTextStore(join(project, 'texts'), 7);
  let saved: LibraryData = { documents: [] };
  const service = new ImportService(
    {
      library,
      texts,
      index: async () => undefined,
      claim: async () => undefined,
      catchUp: async () => undefined,
      release: async () => undefined,
      saveLibrary: async () => void (saved = library.toData()),
      commit: async () => void (saved = library.toData()),
    },
    3,
  );
  const report = await (await service.start([folderOfReports(20)])).done;
  assert.equal(report.added.length, 7);
  assert.equal(report.errors.length, 1);
  // Said in words in both languages, not as the system's ENOSPC.
  assert.match(report.errors[0]!.reason.en, /the disk is full/);
  assert.match(report.errors[0]!.reason.ar, /القرص ممتلئ/);
  assert.deepEqual(
    new Set(saved.documents.map((entry) => entry.id)),
    new Set([...library.entries()].map((entry) => entry.id)),
  );
  for (const entry of saved.documents) assert.ok(texts.has(entry.sha256), `${entry.path} has its text`);
});

test('an import killed (kill -9) part-way keeps its finished batches, each with its text, and searchable', async () => {
  const project = tempDir();
  const importer = startLineReadingChild(importScript, [project, folderOfReports(400)]);
  await importer.waitFor('100 files read', (line) => /^reading (\d+)$/.test(line) && Number(line.split(' ')[1]) >= 100);
  // Batches are saved once indexed, which on a loaded machine trails the reading: kill after the first save.
  for (let waited = 0; !existsSync(join(project, 'library.json')) && waited < 60_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  importer.child.kill('SIGKILL');
  await importer.closed;
  assert.ok(!importer.lines.includes('finished'), 'killed before the end');
  assert.ok(existsSync(join(project, 'library.json')), 'a batch was saved before the kill');
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const stored = JSON.parse(readFileSync(join(project, 'library.json'), 'utf8')) as LibraryData & {
      data: LibraryData;
    };
    const count = stored.data.documents.length;
    assert.ok(count >= 60, `${count} reports kept`);
    // Stored by the killed process's import workers, in packs that were still being appended to.
    assert.ok(packFiles(join(project, 'texts')).packs.length > 0, 'the texts are in packs');
    for (const entry of stored.data.documents) {
      assert.notEqual(readStoredText(join(project, 'texts'), entry.sha256), undefined, `${entry.path} has its text`);
    }
    const listed = await invoke(workbench.handlers, 'library.list', { limit: 1000 });
    assert.equal(listed.total, count);
    for (const item of listed.items) await invoke(workbench.handlers, 'document.get', { id: item.id });
    assert.equal((await invoke(workbench.handlers, 'search.query', { query: 'الوفد' })).total, count);
  } finally {
    await workbench.close();
  }
});

test('reading waits for an index that is behind, so the texts waiting for it stay few, and then goes on', async () => {
  const library = new Library();
  let release = () => {};
  const indexGate = new Promise<void>((resolve) => (release = resolve));
  let filesRead = 0;
  const service = new ImportService(
    {
      library,
      texts: new TextStore(join(tempDir(), 'texts')),
      index: () => indexGate,
      claim: async () => undefined,
      catchUp: async () => undefined,
      release: async () => undefined,
      saveLibrary: async () => undefined,
      commit: async () => undefined,
    },
    10,
  );
  const started = await service.start([folderOfReports(1000)], {
    onProgress: (progress) => {
      if (progress.phase === 'reading') filesRead = progress.done;
    },
  });
  // Until the reading stands still: paused by the index, or (wrongly) done with every file.
  let seen = -1;
  for (let waited = 0; (filesRead !== seen || filesRead === 0) && waited < 30_000; waited += 500) {
    seen = filesRead;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.ok(filesRead < 1000, `reading stopped while the index was behind (${filesRead} of 1000 files read)`);
  release();
  const report = await started.done;
  assert.equal(report.added.length, 1000);
  assert.equal(library.size, 1000);
});
