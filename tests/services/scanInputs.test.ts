import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync, linkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scanInputs } from '../../src-main/services/import/scanInputs';
import { importMessages } from '../../src-main/services/import/importMessages';
import { tempDir } from '../helpers/tempDir';

function reportsFolder(): string {
  const folder = join(tempDir(), 'reports');
  mkdirSync(join(folder, 'b-inner'), { recursive: true });
  writeFileSync(join(folder, 'c.txt'), 'تقرير ثالث');
  writeFileSync(join(folder, 'a.txt'), 'تقرير أول');
  writeFileSync(join(folder, 'b-inner', 'b.txt'), 'تقرير ثان');
  writeFileSync(join(folder, '.hidden.txt'), 'مخفي');
  mkdirSync(join(folder, '.git'));
  writeFileSync(join(folder, '.git', 'config.txt'), 'ليس تقريرا');
  return folder;
}

test('a folder is listed recursively in name order, without hidden entries', async () => {
  const folder = reportsFolder();
  const { files, errors } = await scanInputs([folder]);
  assert.deepEqual(errors, []);
  assert.deepEqual(files, [join(folder, 'a.txt'), join(folder, 'b-inner', 'b.txt'), join(folder, 'c.txt')]);
});

test('a file named twice, by an argument, a link or a second way into its folder, is listed once', async () => {
  const folder = reportsFolder();
  const elsewhere = tempDir();
  symlinkSync(join(folder, 'a.txt'), join(folder, 'link-to-a.txt'));
  symlinkSync(join(folder, 'b-inner'), join(elsewhere, 'inner-again'));
  const { files, errors } = await scanInputs([join(folder, 'c.txt'), folder, elsewhere, join(folder, 'a.txt')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(files, [join(folder, 'c.txt'), join(folder, 'a.txt'), join(folder, 'b-inner', 'b.txt')]);
});

test('a link to a file outside the folder is listed under the link, where the user sees it', async () => {
  const folder = reportsFolder();
  const outside = join(tempDir(), 'outside.txt');
  writeFileSync(outside, 'تقرير من خارج المجلد');
  symlinkSync(outside, join(folder, 'd-link.txt'));
  const { files } = await scanInputs([folder]);
  assert.equal(files.at(-1), join(folder, 'd-link.txt'));
  assert.equal(files.length, 4);
});

test('a hard link is a second name of the same file: it is listed, and the import finds the same text', async () => {
  const folder = reportsFolder();
  linkSync(join(folder, 'a.txt'), join(folder, 'e-same.txt'));
  const { files } = await scanInputs([folder]);
  assert.ok(files.includes(join(folder, 'e-same.txt')));
});

test('a special file is skipped inside a folder and refused when named', async () => {
  const folder = reportsFolder();
  const fifo = join(folder, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const walked = await scanInputs([folder]);
  assert.deepEqual(walked.errors, []);
  assert.ok(!walked.files.includes(fifo));
  const named = await scanInputs([fifo]);
  assert.deepEqual(named.files, []);
  assert.equal(named.errors[0]?.path, fifo);
  assert.deepEqual(named.errors[0]?.reason, importMessages.notRegularFile());
});
