import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableFileWriter } from '../../src-main/services/persistence/DurableFileWriter';
import { temporaryFolder } from './fixtures/temporaryFolder';

test('a DurableFileWriter replaces its target only at commit, with every piece in order', async () => {
  const folder = await temporaryFolder();
  const target = join(folder, 'postings.bin');
  await writeFile(target, 'old');
  const writer = await DurableFileWriter.open(target);
  const piece = new Uint8Array([1, 2, 3]);
  writer.write(piece);
  // The caller may reuse a piece once it is written.
  piece.set([4, 5, 6]);
  writer.write(piece);
  assert.equal(await readFile(target, 'utf8'), 'old', 'the target is untouched until the commit');
  await writer.commit();
  assert.deepEqual([...(await readFile(target))], [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(await readdir(folder), ['postings.bin'], 'no temporary file is left');
});

test('an abandoned DurableFileWriter leaves the target as it was and no temporary file', async () => {
  const folder = await temporaryFolder();
  const target = join(folder, 'terms.txt');
  await writeFile(target, 'old');
  const writer = await DurableFileWriter.open(target);
  writer.write(new TextEncoder().encode('half of a file'));
  await writer.abandon();
  assert.equal(await readFile(target, 'utf8'), 'old');
  assert.deepEqual(await readdir(folder), ['terms.txt']);
});
