import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanTokens } from '../../src-main/core/arabic/scanTokens';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { DiskSearchIndex } from '../../src-main/services/search/tables/diskSearchIndex';
import { readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { writeSearchTables } from '../../src-main/services/search/tables/writeSearchTables';
import { TextStore } from '../../src-main/services/project/textStore';
import { sha256Of } from '../helpers/textPacks';
import { pick, seededRandom } from '../helpers/seededRandom';
import { tempDir } from '../helpers/tempDir';
import { seedDocuments } from './fixtures/seedDocuments';

const SOURCES = ['BBC Arabic', 'الجزيرة', 'ليبيا 24', 'Reuters', 'بوابة الوسط'];

/**
 * Reports made from the seeds' sentences, shuffled and recombined, with sources, dates, titles
 * and boilerplate, so that words, stems, phrases and filters all meet many documents.
 */
function generatedCorpus(count: number, random: () => number): IndexableDocument[] {
  const sentences = seedDocuments()
    .flatMap((document) => document.text.split(/(?<=[.!؟\n])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
  return Array.from({ length: count }, (_, n) => {
    const parts = Array.from({ length: 3 + Math.floor(random() * 8) }, () => pick(random, sentences));
    const boilerplate = random() < 0.3 ? 'تعليقات 0 تعليق' : '';
    const text = `${parts.join(' ')}\n${boilerplate}`;
    const document: IndexableDocument = {
      id: `doc-${n}`,
      title: pick(random, sentences).slice(0, 40 + Math.floor(random() * 30)),
      text,
      boilerplate: boilerplate ? [{ start: text.length - boilerplate.length, end: text.length }] : [],
    };
    if (random() < 0.9) document.source = pick(random, SOURCES);
    if (random() < 0.9) document.date = `2023-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-1${n % 10}`;
    return document;
  });
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  scanTokens(text, (exact) => words.push(exact));
  return words;
}

/** Queries of every kind the language has, drawn from the corpus's own words. */
function generatedQueries(documents: IndexableDocument[], count: number, random: () => number): string[] {
  const texts = documents.map((document) => document.text);
  const rawWords = texts.flatMap((text) => text.split(/\s+/)).filter((word) => /[\u0621-\u064a]{3,}/.test(word));
  const word = () => pick(random, rawWords).replace(/[«»"“”:().,،؛؟!]/g, '');
  const phrase = () => {
    const words = pick(random, texts).split(/\s+/);
    const at = Math.floor(random() * Math.max(1, words.length - 3));
    return `"${words.slice(at, at + 2 + Math.floor(random() * 2)).join(' ')}"`;
  };
  const kinds: (() => string)[] = [
    word,
    () => `${word()} ${word()}`,
    () => `${word()} ${word()} ${word()}`,
    phrase,
    () => `${word().slice(0, 3)}*`,
    () => `${word()} -${word()}`,
    () => `-${word()} ${word()}`,
    () => `${word()} OR ${word()}`,
    () => `${word()} source:"${pick(random, SOURCES)}"`,
    () => `${word()} after:2023-06-01`,
    () => `before:2023-03-15 ${word()} ${word()}`,
    () => `title:${word()}`,
    () => `source:"${pick(random, SOURCES)}"`,
    () => `${wordsOf(pick(random, texts)).slice(0, 1).join('')}ات`,
    () => `"${word()} ${word()}`,
  ];
  return Array.from({ length: count }, () => pick(random, kinds)());
}

function diskIndexOf(index: CorpusIndex, documents: IndexableDocument[], dir: string): Promise<DiskSearchIndex> {
  const texts = new TextStore(join(dir, 'texts'));
  const shaById = new Map<string, string>();
  documents.forEach((document) => {
    // The store returns a text only if it hashes to its name.
    const sha = sha256Of(document.text);
    shaById.set(document.id, sha);
    texts.write(sha, document.text);
  });
  const indexDir = join(dir, 'index');
  mkdirSync(indexDir, { recursive: true });
  return writeSearchTables(indexDir, index.tables(), (id) => shaById.get(id), 'fingerprint').then(async () => {
    const meta = await readSearchTablesMeta(indexDir);
    assert.ok(meta, 'the tables have a readable meta file');
    return new DiskSearchIndex(searchTablesLayout(indexDir), meta, join(dir, 'texts'));
  });
}

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
