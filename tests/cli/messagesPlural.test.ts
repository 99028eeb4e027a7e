import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { messagesFor } from '../../src-main/cli/messages';
import { arabicCount } from '../../src-shared/arabicCount';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';

test('Arabic counts agree with the number: one, two, three to ten, eleven and more', () => {
  const forms = { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' };
  assert.deepEqual(
    [0, 1, 2, 3, 10, 11, 100, 103].map((n) => arabicCount(n, forms)),
    ['لا نتائج', 'نتيجة واحدة', 'نتيجتان', '3 نتائج', '10 نتائج', '11 نتيجة', '100 نتيجة', '103 نتائج'],
  );
});

test('the command line counts results and documents in Arabic with the plural forms', () => {
  const ar = messagesFor('ar');
  assert.equal(ar.resultCount(1), 'نتيجة واحدة');
  assert.equal(ar.resultCount(2), 'نتيجتان');
  assert.equal(ar.resultCount(3), '3 نتائج');
  assert.equal(ar.resultCount(25), '25 نتيجة');
  assert.equal(ar.documentCount(6), '6 وثائق');
  assert.equal(ar.documentCount(12), '12 وثيقة');
  const en = messagesFor('en');
  assert.equal(en.resultCount(1), '1 result');
  assert.equal(en.resultCount(3), '3 results');
  assert.equal(en.documentCount(1), '1 document');
});

test('qarin search --lang ar prints «3 نتائج» for the three reports that name Haftar', () => {
  const project = tempDir();
  const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));
  const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const imported = spawnSync(process.execPath, [qarinBin, 'import', seedsDir, '--project', project], { env });
  assert.equal(imported.status, 0);
  const run = spawnSync(process.execPath, [qarinBin, 'search', 'حفتر', '--project', project, '--lang', 'ar'], {
    env,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.split('\n')[0], '3 نتائج');
});

test('every count of the import summary is grouped the same way, in either language', () => {
  const counts = { added: 17_253, updated: 1_002, unchanged: 12_791, duplicates: 1_480, errors: 0, warnings: 3_004 };
  assert.equal(
    messagesFor('en').importSummary(counts),
    'Imported: 17,253 added, 1,002 updated, 12,791 unchanged, 1,480 duplicates, 0 errors, 3,004 with warnings.',
  );
  assert.equal(
    messagesFor('ar').importSummary(counts),
    'الاستيراد: أضيف 17,253، حُدّث 1,002، بلا تغيير 12,791، مكرر 1,480، أخطاء 0، بتنبيهات 3,004.',
  );
});
