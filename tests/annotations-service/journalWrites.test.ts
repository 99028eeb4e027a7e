import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { AnnotationJournal, type JournalEntry } from '../../src-main/services/annotations/annotationJournal';
import { tempDir } from '../helpers/tempDir';
import { onSmallDisk } from '../helpers/smallDisk';

function entry(seq: number, note = `ملاحظة ${seq}`): JournalEntry {
  return {
    seq,
    at: '2026-01-01T00:00:00.000Z',
    change: { notes: { put: [{ docId: `doc-${seq}`, text: note, updatedAt: '2026-01-01T00:00:00.000Z' }] } },
  } as JournalEntry;
}

function noFailure(error: unknown): boolean {
  return error === undefined;
}

test('a short write is completed or fails, and never leaves NUL bytes or a half line behind', async () => {
  const path = join(tempDir(), 'annotations.journal');
  let calls = 0;
  // The second append's first write lands only half its bytes; the write after that finds the disk full.
  const write = async (handle: FileHandle, bytes: Buffer, offset: number, length: number) => {
    calls += 1;
    if (calls === 2) return handle.write(bytes, offset, Math.floor(length / 2), null);
    if (calls === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return handle.write(bytes, offset, length, null);
  };
  const journal = new AnnotationJournal(path, { write });
  await journal.openForAppend(0);
  const acknowledged: number[] = [];
  for (const seq of [1, 2, 2, 3]) {
    const failure = await journal.append(entry(seq)).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (noFailure(failure)) acknowledged.push(seq);
  }
  await journal.close();
  const bytes = readFileSync(path);
  assert.equal(bytes.indexOf(0), -1, 'no NUL byte in the journal');
  const read = await new AnnotationJournal(path).read();
  assert.deepEqual(
    read.entries.map((line) => line.seq),
    acknowledged,
  );
  assert.equal(read.intactBytes, bytes.length, 'nothing after the last complete line');
});

test('on a nearly full disk (a 1 MB tmpfs) every acknowledged line reads back and nothing else', async (t) => {
  await onSmallDisk(t, '1m', async (mountPoint) => {
    const path = join(mountPoint, 'annotations.journal');
    // Leaves a few kilobytes free, so appends run out of space part-way through a line.
    writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(1024 * 1024 - 12 * 1024));
    const journal = new AnnotationJournal(path);
    await journal.openForAppend(0);
    const acknowledged: number[] = [];
    let seq = 1;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const failure = await journal.append(entry(seq, 'ن'.repeat(700))).then(
        () => undefined,
        (error: unknown) => error,
      );
      if (noFailure(failure)) acknowledged.push(seq++);
    }
    await journal.close();
    assert.ok(acknowledged.length > 0 && acknowledged.length < 200, `${acknowledged.length} appends succeeded`);
    const bytes = readFileSync(path);
    assert.equal(bytes.indexOf(0), -1, 'no NUL byte in the journal');
    const read = await new AnnotationJournal(path).read();
    assert.deepEqual(
      read.entries.map((line) => line.seq),
      acknowledged,
    );
  });
});
