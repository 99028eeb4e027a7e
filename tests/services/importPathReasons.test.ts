import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanInputs } from '../../src-main/services/import/scanInputs';
import { prepareFile } from '../../src-main/services/import/prepareFile';
import { fileSystemReason } from '../../src-main/services/persistence/fileSystemReason';
import { tempDir } from '../helpers/tempDir';

const systemError = (code: string) => Object.assign(new Error(`${code}: raw system message`), { code });

test('the import names a path it cannot use in words, in both languages', async () => {
  const folder = tempDir();
  const missing = join(folder, 'missing.txt');
  const loop = join(folder, 'loop');
  symlinkSync('loop', loop);
  const underAFile = join(folder, 'report.txt', 'inner.txt');
  writeFileSync(join(folder, 'report.txt'), 'تقرير');

  const { files, errors } = await scanInputs([missing, loop, underAFile]);
  assert.deepEqual(files, []);
  const reasons = new Map(errors.map((error) => [error.path, error.reason]));
  assert.deepEqual(reasons.get(missing), { en: 'no such file or folder', ar: 'لا ملف ولا مجلد بهذا المسار' });
  assert.deepEqual(reasons.get(loop), { en: 'a link that loops', ar: 'رابط يدور على نفسه' });
  assert.doesNotMatch(reasons.get(underAFile)?.en ?? '', /ENOTDIR/, 'a path through a file is said in words');
  assert.match(reasons.get(underAFile)?.ar ?? '', /[\u0600-\u06FF]{3}/u);
});

test('a file that vanished or is a folder is said in words when it is read', async () => {
  const folder = tempDir();
  const vanished = await prepareFile(join(folder, 'gone.txt'), 1_000_000);
  assert.deepEqual(vanished.errors[0]?.reason, {
    en: 'file disappeared before it could be read',
    ar: 'اختفى الملف قبل أن يُقرأ',
  });
  mkdirSync(join(folder, 'a-folder.txt'));
  const aFolder = await prepareFile(join(folder, 'a-folder.txt'), 1_000_000);
  assert.deepEqual(aFolder.errors[0]?.reason, fileSystemReason(systemError('EISDIR')));
  assert.doesNotMatch(aFolder.errors[0]?.reason.en ?? '', /EISDIR/);
});

test('every system error the import meets has its reason, and an unknown one keeps its message', () => {
  for (const code of ['EACCES', 'EPERM', 'ENOENT', 'ELOOP', 'ENOTDIR', 'EISDIR', 'ENOSPC', 'EROFS', 'EMFILE']) {
    const reason = fileSystemReason(systemError(code));
    assert.doesNotMatch(reason.en, /raw system message/, `${code} in words`);
    assert.match(reason.ar, /[\u0600-\u06FF]{3}/u, `${code} in Arabic`);
  }
  const unknown = fileSystemReason(systemError('EWHATEVER'), (message) => ({ en: `odd: ${message}`, ar: message }));
  assert.equal(unknown.en, 'odd: EWHATEVER: raw system message');
});
