import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { slotLists, type CorpusTables, type TablePostings } from '../../src-main/core/search/corpusTables';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { DiskSearchIndex } from '../../src-main/services/search/tables/diskSearchIndex';
import { readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { writeSearchTables } from '../../src-main/services/search/tables/writeSearchTables';
import { TextStore } from '../../src-main/services/project/textStore';
import { sha256Of } from '../helpers/textPacks';
import { tempDir } from '../helpers/tempDir';

/** Words beyond the Basic Multilingual Plane (Gothic letters) take four bytes a letter in UTF-8. */
const ASTRAL_WORD = '𐌰𐌱𐌲';

const documents: IndexableDocument[] = Array.from({ length: 12 }, (_, n) => ({
  id: `doc-${n}`,
  title: n % 3 === 0 ? `${ASTRAL_WORD} عنوان ${n}` : `عنوان التقرير ${n}`,
  text: `${'حفتر '.repeat(1 + (n % 4))}التقى في سرت ${n % 2 ? ASTRAL_WORD : 'ليبيا'} ${'الهدنة '.repeat(n % 3)}`,
  boilerplate: [],
}));

/** The index's tables, except that every slot of every posting list is handed over reversed. */
function withSlotsReversed(tables: CorpusTables): CorpusTables {
  const reversed = (postings: TablePostings | undefined) =>
    postings && slotLists(postings).map((slot) => slot && Array.from(slot).reverse());
  return {
    ...tables,
    textPostings: (termId) => reversed(tables.textPostings(termId)),
    titlePostings: (termId) => reversed(tables.titlePostings(termId)),
  };
}

test('search tables answer as the index does, with slots out of order and four-byte letters in terms', async () => {
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const index = new CorpusIndex({ getText: (id) => texts.get(id) });
  for (const document of documents) index.add(document);
  const dir = tempDir();
  const store = new TextStore(join(dir, 'texts'));
  // The store returns a text only if it hashes to its name.
  const shaById = new Map(documents.map((document) => [document.id, sha256Of(document.text)]));
  for (const document of documents) store.write(shaById.get(document.id)!, document.text);
  const indexDir = join(dir, 'index');
  mkdirSync(indexDir, { recursive: true });
  await writeSearchTables(indexDir, withSlotsReversed(index.tables()), (id) => shaById.get(id), 'f');
  const meta = await readSearchTablesMeta(indexDir);
  assert.ok(meta, 'the tables have a readable meta file');
  const disk = new DiskSearchIndex(searchTablesLayout(indexDir), meta, join(dir, 'texts'));
  try {
    for (const query of ['حفتر', 'الهدنة', ASTRAL_WORD, `${ASTRAL_WORD} حفتر`, 'سرت', 'title:عنوان', 'عنوا*']) {
      const expected = index.search({ query, limit: 20 });
      assert.ok(expected.hits.length > 0, `the index finds ${query}`);
      assert.equal(JSON.stringify(disk.search({ query, limit: 20 })), JSON.stringify(expected), `query ${query}`);
    }
  } finally {
    disk.close();
  }
});

test('search tables larger than the chunk they are written in answer as the index does', async () => {
  // 2,000 documents of 200 words: over a megabyte of term sequences and of records.
  const words = Array.from({ length: 600 }, (_, n) => `كلمة${n.toString(36)}`);
  const large: IndexableDocument[] = Array.from({ length: 2_000 }, (_, n) => ({
    id: `doc-${n}`,
    title: `عنوان ${words[n % words.length]} ${n}`,
    text: Array.from({ length: 200 }, (_, k) => words[(n * 31 + k * k) % words.length]).join(' '),
    boilerplate: [],
  }));
  const texts = new Map(large.map((document) => [document.id, document.text]));
  const index = new CorpusIndex({ getText: (id) => texts.get(id) });
  for (const document of large) index.add(document);
  const dir = tempDir();
  const store = new TextStore(join(dir, 'texts'));
  const shaById = new Map(large.map((document) => [document.id, sha256Of(document.text)]));
  for (const document of large) store.write(shaById.get(document.id)!, document.text);
  const indexDir = join(dir, 'index');
  await writeSearchTables(indexDir, index.tables(), (id) => shaById.get(id), 'f');
  const layout = searchTablesLayout(indexDir);
  assert.ok(statSync(layout.sequences).size > 2 ** 20, 'the sequences take more than one chunk');
  const meta = await readSearchTablesMeta(indexDir);
  assert.ok(meta, 'the tables have a readable meta file');
  const disk = new DiskSearchIndex(layout, meta, join(dir, 'texts'));
  try {
    for (const query of [
      words[0]!,
      words[599]!,
      `"${words[31]} ${words[32]}"`,
      `${words[5]} ${words[77]}`,
      'title:عنوان',
    ]) {
      const expected = index.search({ query, limit: 20 });
      assert.ok(expected.hits.length > 0, `the index finds ${query}`);
      assert.equal(JSON.stringify(disk.search({ query, limit: 20 })), JSON.stringify(expected), `query ${query}`);
    }
  } finally {
    disk.close();
  }
});
