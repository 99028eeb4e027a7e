import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tempDir';
import { SAMPLE_DOC_ID, openSampleService, sampleRange } from './support/serviceOverText';

/** 15 highlights: 5 in the snapshot, then 10 only in the journal, as after a crash. Returns their ids in order. */
async function projectWithJournal(folder: string): Promise<string[]> {
  const ids: string[] = [];
  const first = await openSampleService(folder);
  for (let n = 0; n < 5; n += 1)
    ids.push((await first.create({ docId: SAMPLE_DOC_ID, ...sampleRange(n), codeIds: [], note: '' })).id);
  await first.close();
  const second = await openSampleService(folder);
  for (let n = 5; n < 15; n += 1)
    ids.push((await second.create({ docId: SAMPLE_DOC_ID, ...sampleRange(n), codeIds: [], note: '' })).id);
  // Not closed: the last ten changes exist only in the journal.
  return ids;
}

async function idsAfterRestore(folder: string): Promise<{ stateBefore: string; ids: string[] }> {
  const reader = await openSampleService(folder);
  const stateBefore = (await reader.status()).state;
  if (stateBefore !== 'ok') await reader.restoreBackup();
  const items = (await reader.list({ offset: 0, limit: 100 })).items;
  await reader.close();
  return { stateBefore, ids: items.map((item) => item.id) };
}

test('a journal cut at half is reported, not opened as if nothing were missing', async () => {
  const folder = tempDir();
  const ids = await projectWithJournal(folder);
  const journal = join(folder, 'annotations.journal');
  const lines = readFileSync(journal, 'utf8').split('\n');
  writeFileSync(journal, `${lines.slice(0, 5).join('\n')}\n`);
  const { stateBefore, ids: kept } = await idsAfterRestore(folder);
  assert.notEqual(stateBefore, 'ok');
  assert.deepEqual(new Set(kept), new Set(ids.slice(0, 10)));
});

test('an emptied journal is reported', async () => {
  const folder = tempDir();
  const ids = await projectWithJournal(folder);
  writeFileSync(join(folder, 'annotations.journal'), '');
  const { stateBefore, ids: kept } = await idsAfterRestore(folder);
  assert.notEqual(stateBefore, 'ok');
  assert.deepEqual(new Set(kept), new Set(ids.slice(0, 5)));
});

test('one flipped byte in line 3 loses only that line: lines 4 to 10 are kept, in order', async () => {
  const folder = tempDir();
  const ids = await projectWithJournal(folder);
  const journal = join(folder, 'annotations.journal');
  const bytes = readFileSync(journal);
  const lineStarts = [0, ...[...bytes.entries()].filter(([, byte]) => byte === 0x0a).map(([index]) => index + 1)];
  const flipped = lineStarts[2]! + 30;
  bytes[flipped] = (bytes[flipped] ?? 0) ^ 0x01;
  writeFileSync(journal, bytes);
  const { stateBefore, ids: kept } = await idsAfterRestore(folder);
  assert.notEqual(stateBefore, 'ok');
  const expected = [...ids.slice(0, 7), ...ids.slice(8)];
  assert.deepEqual(new Set(kept), new Set(expected));
});
