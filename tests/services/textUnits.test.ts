import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { ImportService } from '../../src-main/services/import/importService';
import { readFilesInWorkers } from '../../src-main/services/import/readFilesInWorkers';
import type { PreparedFileMessage } from '../../src-main/services/import/preparedDocument';
import { Library } from '../../src-main/services/project/library';
import type { LibraryEntry } from '../../src-main/services/project/libraryEntry';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { TextStore } from '../../src-main/services/project/textStore';
import { SearchService } from '../../src-main/services/search/searchService';
import { textBuffers, textString, textUnits, type IndexText } from '../../src-main/services/workers/textUnits';
import { sha256Of } from '../helpers/textPacks';
import { tempDir } from '../helpers/tempDir';

/** Any UTF-16 text, lone surrogates and empty ones included. */
const anyTexts = fc.array(fc.string({ unit: 'binary' }), { maxLength: 12 });

describe('texts as code units', () => {
  it('come back as the same strings, all in one buffer of their own', () => {
    fc.assert(
      fc.property(anyTexts, (texts) => {
        const units = textUnits(texts);
        assert.deepEqual(units.map(textString), texts);
        assert.equal(new Set(units.map((text) => text.buffer)).size, Math.min(1, texts.length));
        assert.equal(units[0]?.buffer.byteLength ?? 0, texts.join('').length * 2);
      }),
    );
  });

  it('name each buffer to transfer once, and none for strings', () => {
    const [first, second] = [textUnits(['حفتر', 'الهدنة']), textUnits(['سرت'])];
    const buffers = textBuffers(['نص', ...first!, ...second!, 'آخر']);
    assert.deepEqual(buffers, [first![0]!.buffer, second![0]!.buffer]);
  });

  it('reach the main thread from the import workers as code units', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qarin-text-units-'));
    try {
      const texts = Array.from({ length: 3 }, (_, n) => `تقرير رقم ${n}\n\nالتقى الوفد في سرت ${n}.\n`);
      const files = await Promise.all(
        texts.map(async (text, n) => {
          const path = join(folder, `report-${n}.txt`);
          await writeFile(path, text);
          return path;
        }),
      );
      const delivered: PreparedFileMessage[] = [];
      const reading = readFilesInWorkers(files, { maxFileBytes: 1 << 20 }, (file) => delivered.push(file));
      await reading.finished;
      assert.deepEqual(
        delivered.map((file) => file.documents.map((document) => textString(document.text))),
        texts.map((text) => [text]),
      );
      for (const file of delivered)
        for (const document of file.documents) assert.ok(document.text instanceof Uint16Array);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('are handed to the search worker, which indexes them, and not kept by the thread that passed them on', async () => {
    const layout = projectLayout(tempDir());
    const texts = ['التقى الوفد الليبي في سرت لبحث الهدنة', 'أعلن الجيش وقف إطلاق النار في طرابلس'];
    const entries = texts.map((text, n): LibraryEntry => ({
      id: `report-${n}`,
      title: `تقرير ${n}`,
      path: `/reports/${n}.txt`,
      origin: `/reports/${n}.txt`,
      format: 'txt',
      encoding: 'utf-8',
      wordCount: text.split(' ').length,
      sha256: sha256Of(text),
      importedAt: '2026-11-30T00:00:00.000Z',
      updatedAt: '2026-11-30T00:00:00.000Z',
      boilerplate: [],
      warnings: [],
    }));
    const library = new Library();
    for (const entry of entries) library.put(entry);
    const search = new SearchService(layout, { preload: false, signatures: false });
    try {
      search.attach(library);
      const units = textUnits(texts);
      await search.index(entries, new Map(entries.map((entry, n) => [entry.id, units[n]!])));
      assert.equal(units[0]!.buffer.byteLength, 0, 'the buffer moved to the search worker');
      const found = await search.search({ query: 'سرت', offset: 0, limit: 10 });
      assert.deepEqual(
        found.hits.map((hit) => hit.id),
        ['report-0'],
      );
    } finally {
      await search.close();
    }
  });
});

test('of a file read again, only the texts of its new reports go on to the index, copied out of the rest', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'qarin-text-units-'));
  try {
    const line = (id: string, text: string) => JSON.stringify({ id, title: `تقرير ${id}`, text });
    const old = Array.from({ length: 20 }, (_, n) => line(`old-${n}`, `نص قديم طويل ${n} `.repeat(200)));
    const file = join(folder, 'reports.jsonl');
    await writeFile(file, old.join('\n'));
    const library = new Library();
    const indexed: Map<string, IndexText>[] = [];
    const service = new ImportService({
      library,
      texts: new TextStore(join(folder, 'texts')),
      textsDir: join(folder, 'texts'),
      index: async (_entries, texts) => void indexed.push(texts),
      claim: async () => undefined,
      catchUp: async () => undefined,
      release: async () => undefined,
      saveLibrary: async () => undefined,
      commit: async () => undefined,
    });
    await (
      await service.start([file])
    ).done;
    const added = ['التقى الوفد في سرت', 'أعلن الجيش الهدنة'];
    await writeFile(file, [...old, line('new-0', added[0]!), line('new-1', added[1]!)].join('\n'));
    indexed.length = 0;
    const report = await (await service.start([file])).done;
    assert.equal(report.added.length, 2);
    assert.equal(indexed.length, 1);
    const texts = [...indexed[0]!.values()];
    assert.deepEqual(texts.map(textString), added);
    const held = new Set(texts.map((text) => (text as Uint16Array).buffer.byteLength));
    assert.deepEqual([...held], [added.join('').length * 2], 'one buffer, holding the new texts alone');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
