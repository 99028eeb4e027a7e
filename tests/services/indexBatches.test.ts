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
      for (const text of texts.values()) assert.ok(text instanceof Uint16Array, 'as the code units the worker sent');
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
  // Results come a file at a time, and each of these files holds one report: the batches are
  // exactly the thresholds, 32 doubling up to 500, then what is left.
  assert.deepEqual(batches, [32, 64, 128, 256, 500, 500, 20]);
});
