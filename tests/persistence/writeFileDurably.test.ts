import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeLeftoverTemporaryFiles, writeFileDurably } from '../../src-main/services/persistence/writeFileDurably';
import { DurableTextFile } from '../../src-main/services/persistence/DurableTextFile';
import { temporaryFolder } from './fixtures/temporaryFolder';

test('writeFileDurably creates and then replaces a file, leaving no temporary file behind', async () => {
  const folder = await temporaryFolder();
  const target = join(folder, 'settings.json');
  await writeFileDurably(target, '{"a":1}');
  assert.equal(await readFile(target, 'utf8'), '{"a":1}');
  await writeFileDurably(target, 'ملاحظة');
  assert.equal(await readFile(target, 'utf8'), 'ملاحظة');
  assert.deepEqual(await readdir(folder), ['settings.json']);
});

test('writeFileDurably fails without creating anything when the folder is missing', async () => {
  const folder = await temporaryFolder();
  await assert.rejects(writeFileDurably(join(folder, 'missing', 'x.json'), 'x'), { code: 'ENOENT' });
  assert.deepEqual(await readdir(folder), []);
});

test('writeFileDurably refused by beforeRename leaves the target as it was and no temporary file', async () => {
  const folder = await temporaryFolder();
  const target = join(folder, 'additions.tsv');
  await writeFile(target, 'old');
  const refusal = new Error('changed meanwhile');
  let sawNewDataWritten = false;
  await assert.rejects(
    writeFileDurably(target, 'new', {
      beforeRename: async () => {
        sawNewDataWritten = (await readdir(folder)).some((name) => name.startsWith('.additions.tsv.'));
        throw refusal;
      },
    }),
    refusal,
  );
  assert.ok(sawNewDataWritten, 'the check runs once the temporary file is written');
  assert.equal(await readFile(target, 'utf8'), 'old');
  assert.deepEqual(await readdir(folder), ['additions.tsv']);
});

test('removeLeftoverTemporaryFiles removes only the temporaries of the named targets', async () => {
  const folder = await temporaryFolder();
  for (const name of ['.library.json.123.4.tmp', '.settings.json.9.1.tmp', 'library.json', '.library.json.notes']) {
    await writeFile(join(folder, name), 'x');
  }
  await removeLeftoverTemporaryFiles(folder, (target) => target === 'library.json');
  assert.deepEqual((await readdir(folder)).sort(), ['.library.json.notes', '.settings.json.9.1.tmp', 'library.json']);
});

test('DurableTextFile: every awaited write finds its own text or a newer one on disk', async () => {
  const folder = await temporaryFolder();
  const file = new DurableTextFile(join(folder, 'notes.json'));
  const texts = Array.from({ length: 30 }, (_, index) => `state ${index}`);
  const seenOnResolve: string[] = [];
  await Promise.all(
    texts.map((text, index) =>
      file.write(text).then(async () => {
        seenOnResolve[index] = await readFile(file.path, 'utf8');
      }),
    ),
  );
  texts.forEach((text, index) => {
    const seenIndex = texts.indexOf(seenOnResolve[index]!);
    assert.ok(seenIndex >= index, `write of "${text}" resolved while the file held "${seenOnResolve[index]}"`);
  });
  assert.equal(await file.read(), 'state 29');
});

test('DurableTextFile: a failed write rejects its callers and later writes still land', async () => {
  const folder = await temporaryFolder();
  const file = new DurableTextFile(join(folder, 'absent-folder', 'notes.json'));
  await assert.rejects(file.write('lost'), { code: 'ENOENT' });
  const working = new DurableTextFile(join(folder, 'notes.json'));
  await working.write('first');
  await working.write('second');
  assert.equal(await readFile(working.path, 'utf8'), 'second');
});
