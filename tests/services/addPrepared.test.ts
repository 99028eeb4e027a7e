import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ImportService, type ImportTarget } from '../../src-main/services/import/importService';
import type { PreparedDocument } from '../../src-main/services/import/preparedDocument';
import { Library } from '../../src-main/services/project/library';
import type { LibraryEntry } from '../../src-main/services/project/libraryEntry';
import { TextStore } from '../../src-main/services/project/textStore';
import { tempDir } from '../helpers/tempDir';

function prepared(n: number): PreparedDocument {
  const text = `تقرير رقم ${n}\nاجتمع الوفد لبحث الملف ${n}.`;
  return {
    key: `source-${n}`,
    text,
    meta: { title: `تقرير ${n}` },
    title: `تقرير ${n}`,
    format: 'qdpx',
    encoding: 'utf-8',
    path: '/imports/project.qdpx',
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    wordCount: 7,
    boilerplate: [],
    warnings: [],
  };
}

/** A target that writes texts to a temporary folder and notes what the index and the library were given. */
function recordingTarget(texts = new TextStore(join(tempDir(), 'texts'))) {
  const library = new Library();
  const indexed: LibraryEntry[][] = [];
  const committed: string[][] = [];
  let drawn = 0;
  const drawnAtIndexCalls: number[] = [];
  const target: ImportTarget = {
    library,
    texts,
    index: async (entries) => {
      drawnAtIndexCalls.push(drawn);
      indexed.push(entries);
    },
    claim: async () => undefined,
    catchUp: async () => undefined,
    release: async () => undefined,
    saveLibrary: async () => undefined,
    commit: async () => void committed.push([...library.entries()].map((entry) => entry.id)),
  };
  function* documents(count: number): Generator<PreparedDocument> {
    for (let n = 0; n < count; n += 1) {
      drawn += 1;
      yield prepared(n);
    }
  }
  return { target, library, indexed, committed, drawnAtIndexCalls, documents };
}

test('reports read elsewhere go to the index in batches while the rest are still being prepared', async () => {
  const recording = recordingTarget();
  const report = await new ImportService(recording.target).addPrepared(recording.documents(1_800));
  assert.equal(report.added.length, 1_800);
  assert.ok(recording.indexed.length > 1, `indexed in ${recording.indexed.length} call(s)`);
  assert.ok(
    recording.drawnAtIndexCalls[0]! < 1_800,
    `the index got its first batch after ${recording.drawnAtIndexCalls[0]} of 1,800 reports were prepared`,
  );
  const indexedIds = recording.indexed.flat().map((entry) => entry.id);
  assert.equal(new Set(indexedIds).size, 1_800, 'each report indexed once');
  assert.deepEqual(new Set(indexedIds), new Set(recording.committed.at(-1)));
});

test('a report whose text cannot be stored stops the rest; those before it are indexed and committed', async () => {
  class FullAfter extends TextStore {
    constructor(
      dir: string,
      private room: number,
    ) {
      super(dir);
    }

    override write(sha256: string, text: string): void {
      if (this.room-- <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      super.write(sha256, text);
    }
  }
  const recording = recordingTarget(new FullAfter(join(tempDir(), 'texts'), 700));
  await assert.rejects(new ImportService(recording.target).addPrepared(recording.documents(1_800)), /ENOSPC/);
  assert.equal(recording.library.size, 700);
  assert.equal(recording.indexed.flat().length, 700);
  assert.equal(recording.committed.at(-1)?.length, 700);
});
