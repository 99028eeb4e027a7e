import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { readIndexParts } from '../../src-main/services/search/tables/readIndexParts';
import { readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { writeSearchTables } from '../../src-main/services/search/tables/writeSearchTables';
import { pick, seededRandom } from '../helpers/seededRandom';
import { tempDir } from '../helpers/tempDir';
import { seedDocuments } from './fixtures/seedDocuments';

const SOURCES = ['BBC Arabic', 'الجزيرة', 'ليبيا 24'];
const CATEGORIES = ['سياسة', 'اقتصاد'];

/** Reports recombined from the seeds' sentences, with titles, sources, categories, dates and boilerplate. */
function recombinedReports(count: number, random: () => number, prefix = 'doc'): IndexableDocument[] {
  const sentences = seedDocuments()
    .flatMap((document) => document.text.split(/(?<=[.!؟\n])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
  return Array.from({ length: count }, (_, n) => {
    const parts = Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(random, sentences));
    const boilerplate = random() < 0.3 ? 'تعليقات 0 تعليق' : '';
    const text = `${parts.join(' ')}\n${boilerplate}`;
    return {
      id: `${prefix}-${n}`,
      title: pick(random, sentences).slice(0, 50),
      text,
      boilerplate: boilerplate ? [{ start: text.length - boilerplate.length, end: text.length }] : [],
      source: pick(random, SOURCES),
      category: pick(random, CATEGORIES),
      date: `2024-0${1 + (n % 9)}-1${n % 10}`,
    };
  });
}

/** Words, stems, prefixes, phrases, exclusions, fields and filters, drawn from the reports' own words. */
function queriesOf(documents: IndexableDocument[], random: () => number): string[] {
  const words = documents
    .flatMap((document) => document.text.split(/\s+/))
    .map((word) => word.replace(/[«»"“”:().,،؛؟!]/g, ''))
    .filter((word) => /[\u0621-\u064a]{3,}/.test(word));
  const word = () => pick(random, words);
  const kinds = [
    word,
    () => `${word()} ${word()}`,
    () => `"${word()} ${word()}"`,
    () => `${word().slice(0, 3)}*`,
    () => `-${word()} ${word()}`,
    () => `${word()} OR ${word()}`,
    () => `title:${word()}`,
    () => `${word()} source:"${pick(random, SOURCES)}"`,
    () => `${word()} after:2024-04-01`,
  ];
  return Array.from({ length: 120 }, () => pick(random, kinds)());
}

/** The index's tables, written to a fresh folder as the search worker persists them. */
async function writtenTables(index: CorpusIndex) {
  const indexDir = join(tempDir(), 'index');
  mkdirSync(indexDir, { recursive: true });
  await writeSearchTables(indexDir, index.tables(), () => 'f'.repeat(64), 'fingerprint');
  const meta = await readSearchTablesMeta(indexDir);
  assert.ok(meta, 'the tables have a readable meta file');
  return { indexDir, meta };
}

function sameAnswers(restored: CorpusIndex, original: CorpusIndex, queries: string[], ids: string[]): number {
  let answered = 0;
  for (const query of queries) {
    const request = { query, limit: 20 };
    const expected = original.search(request);
    assert.equal(JSON.stringify(restored.search(request)), JSON.stringify(expected), query);
    if (expected.hits.length > 0) answered++;
  }
  for (const id of ids.slice(0, 15)) {
    for (const query of queries.slice(0, 10))
      assert.deepEqual(restored.documentHits(id, query), original.documentHits(id, query), `${query} in ${id}`);
  }
  return answered;
}

test('an index restored from its search tables answers every query as the index that wrote them', async () => {
  const random = seededRandom(21);
  const documents = recombinedReports(250, random);
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const getText = (id: string) => texts.get(id);
  const original = new CorpusIndex({ getText });
  for (const document of documents) original.add(document);
  // Removed and replaced reports leave holes in the numbering that the restored index must keep.
  for (let n = 0; n < 20; n++) original.remove(`doc-${n * 9}`);
  for (let n = 0; n < 8; n++) {
    const replaced = { ...documents[n * 13 + 2]!, text: `${documents[n * 13 + 2]!.text} الهدنة` };
    texts.set(replaced.id, replaced.text);
    original.update(replaced);
  }
  const { indexDir, meta } = await writtenTables(original);
  const categories = new Map(documents.map((document) => [document.id, document.category!]));
  const restored = CorpusIndex.fromParts(await readIndexParts(indexDir, meta, (id) => categories.get(id)), { getText });
  assert.equal(restored.size, original.size);
  const live = documents.map((document) => document.id).filter((id) => original.has(id));
  const queries = [...queriesOf(documents, random), 'الهدنة', 'تعليقات'];
  const answered = sameAnswers(restored, original, queries, live);
  assert.ok(answered > queries.length / 2, `most queries find something (${answered})`);
  for (const id of live.slice(0, 20)) assert.deepEqual(restored.textTerms(id), original.textTerms(id), id);

  // Both go on alike: reports added, replaced and removed after the restore rank as in the original.
  // A removal changes the average lengths that later additions are weighed by.
  for (const id of ['doc-1', 'doc-50', 'doc-100']) {
    original.remove(id);
    restored.remove(id);
  }
  const more = recombinedReports(40, seededRandom(22), 'more');
  for (const document of more) {
    texts.set(document.id, document.text);
    original.add(document);
    restored.add(document);
  }
  original.remove('more-3');
  restored.remove('more-3');
  const afterwards = [...queriesOf(more, seededRandom(23)), ...queries.slice(0, 30)];
  sameAnswers(restored, original, afterwards, [...live.slice(20), ...more.map((document) => document.id)]);
});

test('an empty index restores from its tables, and damaged tables are refused rather than misread', async () => {
  const empty = new CorpusIndex({ getText: () => undefined });
  const { indexDir, meta } = await writtenTables(empty);
  const restored = CorpusIndex.fromParts(await readIndexParts(indexDir, meta, () => undefined), {
    getText: () => undefined,
  });
  assert.equal(restored.size, 0);
  assert.equal(restored.search({ query: 'حفتر' }).total, 0);

  const documents = recombinedReports(30, seededRandom(3));
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const index = new CorpusIndex({ getText: (id) => texts.get(id) });
  for (const document of documents) index.add(document);
  const written = await writtenTables(index);
  writeFileSync(searchTablesLayout(written.indexDir).documents, new Uint8Array(12));
  await assert.rejects(
    readIndexParts(written.indexDir, written.meta, () => undefined),
    /documents\.bin/,
  );
});

test('postings of reports replaced session after session are rebuilt away, not piled up', async () => {
  // Found in review: an index restored from its tables did not count the postings its removed
  // reports still held there, so it never rebuilt them away, and they grew session after session.
  const random = seededRandom(7);
  const documents = recombinedReports(40, random);
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const getText = (id: string) => texts.get(id);
  let index = new CorpusIndex({ getText });
  for (const document of documents) index.add(document);
  const categories = new Map(documents.map((document) => [document.id, document.category!]));
  const postingsOf = async (current: CorpusIndex) => {
    const { indexDir, meta } = await writtenTables(current);
    const parts = await readIndexParts(indexDir, meta, (id) => categories.get(id));
    let count = 0;
    parts.terms.forEach((_, termId) => {
      const { text, title } = parts.postings(termId);
      for (const slot of [...(text ?? []), ...(title ?? [])]) count += slot?.length ?? 0;
    });
    return { parts, count };
  };
  const first = await postingsOf(index);
  const queries = queriesOf(documents, random).slice(0, 10);
  for (let session = 0; session < 5; session++) {
    // Each session replaces every report (fewer than the index rebuilds for at once), and searches.
    for (const document of documents) index.update(document);
    for (const query of queries) index.search({ query, limit: 20 });
    const { parts, count } = await postingsOf(index);
    assert.ok(count <= 2 * first.count, `session ${session}: ${count} postings for ${first.count} live`);
    const restored = CorpusIndex.fromParts(parts, { getText });
    sameAnswers(
      restored,
      index,
      queries,
      documents.map((document) => document.id),
    );
    index = restored;
  }
});
