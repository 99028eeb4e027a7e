import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportService } from '../../src-main/services/import/importService';
import { Library } from '../../src-main/services/project/library';
import { TextStore } from '../../src-main/services/project/textStore';
import { tempDir } from '../helpers/tempDir';

test('an import starts the index on a small first batch, then sends ever larger ones up to 500', async () => {
  const folder = join(tempDir(), 'reports');
  mkdirSync(folder);
  const count = 1_500;
  for (let n = 0; n < count; n += 1)
    writeFileSync(join(folder, `r${String(n).padStart(4, '0')}.txt`), `تقرير رقم ${n}\nاجتمع الوفد لبحث الملف ${n}.`);
  const batches: number[] = [];
  const library = new Library();
  const service = new ImportService({
    library,
    texts: new TextStore(join(tempDir(), 'texts')),
    index: async (entries, texts) => {
      assert.equal(texts.size, entries.length, 'every report comes with its text');
      batches.push(entries.length);
    },
    claim: async () => undefined,
    catchUp: async () => undefined,
    release: async () => undefined,
    saveLibrary: async () => undefined,
    commit: async () => undefined,
  });
  const report = await (await service.start([folder])).done;
  assert.equal(report.added.length, count);
  assert.equal(
    batches.reduce((sum, size) => sum + size, 0),
    count,
    'every report is indexed once',
  );
  // A batch is sent once enough reports wait, and reports come a group of files at a time (up to
  // 64), so a batch can pass its threshold by a group less one.
  assert.ok(batches[0]! < 32 + 64, `the first batch is small: ${batches.join(', ')}`);
  assert.ok(Math.max(...batches) <= 500 + 63, `no batch is over the largest: ${batches.join(', ')}`);
  assert.ok(
    batches.slice(0, -1).some((size) => size >= 500),
    `batches grow to the largest: ${batches.join(', ')}`,
  );
});
