import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { seededRandom } from '../helpers/seededRandom';
import { tempDir } from '../helpers/tempDir';
import { diskIndexOf, generatedCorpus, generatedQueries } from './fixtures/generatedCorpus';

test('the on-disk tables rank the same hits with the same scores and snippets as the index, query for query', async () => {
  const random = seededRandom(12);
  const documents = generatedCorpus(400, random);
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const index = new CorpusIndex({ getText: (id) => texts.get(id) });
  for (const document of documents) index.add(document);
  // Removed and replaced documents leave stale postings behind: the tables must skip them alike.
  for (let n = 0; n < 30; n++) index.remove(`doc-${n * 7}`);
  for (let n = 0; n < 10; n++) {
    const replaced = { ...documents[n * 11 + 1]!, text: `${documents[n * 11 + 1]!.text} الهدنة` };
    texts.set(replaced.id, replaced.text);
    index.update(replaced);
  }
  const live = documents.map((document) => ({ ...document, text: texts.get(document.id)! }));
  const disk = await diskIndexOf(index, live, tempDir());
  try {
    const queries = generatedQueries(live, 400, random);
    let answered = 0;
    for (const query of queries) {
      for (const request of [
        { query, limit: 10 },
        { query, offset: 5, limit: 30 },
      ]) {
        const expected = index.search(request);
        const actual = disk.search(request);
        assert.equal(JSON.stringify(actual), JSON.stringify(expected), `query ${JSON.stringify(request)}`);
        if (expected.hits.length > 0) answered++;
      }
    }
    assert.ok(answered > queries.length, `most queries find something (${answered} pages with hits)`);
  } finally {
    disk.close();
  }
});

test('a word the tables have never seen finds nothing, and an empty project has empty tables', async () => {
  const index = new CorpusIndex({ getText: () => undefined });
  const disk = await diskIndexOf(index, [], tempDir());
  try {
    for (const query of ['حفتر', 'حف*', '"الفريق أول"', 'source:BBC']) {
      assert.equal(JSON.stringify(disk.search({ query })), JSON.stringify(index.search({ query })));
    }
  } finally {
    disk.close();
  }
});

test('the tables are read only through their meta file, which names a known format', async () => {
  const dir = tempDir();
  const indexDir = join(dir, 'index');
  mkdirSync(searchTablesLayout(indexDir).dir, { recursive: true });
  writeFileSync(searchTablesLayout(indexDir).meta, JSON.stringify({ format: 999 }));
  assert.equal(await readSearchTablesMeta(indexDir), undefined);
  writeFileSync(searchTablesLayout(indexDir).meta, '{ not json');
  assert.equal(await readSearchTablesMeta(indexDir), undefined);
});

test('similarity reads every term of the tables once without the vocabulary learning them', async () => {
  // Signing or clustering the corpus asks for each term's text once and keeps its hash. Learned,
  // the 700,000 terms of ANT stayed in the search worker: 190 MB of its memory.
  const documents = generatedCorpus(80, seededRandom(5));
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const index = new CorpusIndex({ getText: (id) => texts.get(id) });
  for (const document of documents) index.add(document);
  const disk = await diskIndexOf(index, documents, tempDir());
  try {
    assert.ok(disk.vocabulary.size > 100, `a vocabulary to read (${disk.vocabulary.size} terms)`);
    for (let term = 0; term < disk.vocabulary.size; term++) {
      assert.equal(disk.termText(term), index.termText(term), `term ${term}`);
    }
    assert.equal(disk.vocabulary.remembered, 0);
    // A query still learns what it looks up, and reading a learned term gives it back unchanged.
    disk.search({ query: index.termText(7), limit: 5 });
    assert.ok(disk.vocabulary.remembered > 0);
    assert.equal(disk.termText(7), index.termText(7));
  } finally {
    disk.close();
  }
});
