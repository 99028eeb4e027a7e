import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

const FILLER = [
  'قال المتحدث باسم الجيش إن القوات تقدمت نحو المدينة',
  'وأضاف أن الاجتماع بحث الوضع الأمني في المنطقة',
  'التقى رئيس الأركان بالوفد في القاعة الكبرى',
  'أعلنت الحكومة عن خطة جديدة لإعادة الإعمار',
  'وصل الوفد إلى المطار في ساعة متأخرة من الليل',
  'أكد البيان أن المفاوضات ستستأنف الأسبوع المقبل',
];

/**
 * Many reports of one rank and name: some hold «الفريق أول ركن» as one run, some hold its words
 * far apart, so that a three-word query has hundreds of candidates and a clear top.
 */
function corpus(count: number): IndexableDocument[] {
  const random = seededRandom(7);
  return Array.from({ length: count }, (_, n) => {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 30) }, () => pick(random, FILLER));
    if (n % 10 === 0) sentences.splice(1, 0, 'واستقبل الفريق أول ركن خليفة حفتر الوفد');
    else {
      sentences.splice(1, 0, 'وقال الفريق الطبي إن الحالة مستقرة');
      sentences.push('وكان أول من وصل قائد ركن العمليات');
    }
    return { id: `report-${n}`, title: `تقرير ${n}`, text: sentences.join('. '), boilerplate: [] };
  });
}

async function diskIndexOf(documents: IndexableDocument[]): Promise<DiskSearchIndex> {
  const dir = tempDir();
  const texts = new Map(documents.map((document) => [document.id, document.text]));
  const index = new CorpusIndex({ getText: (id) => texts.get(id) });
  for (const document of documents) index.add(document);
  const store = new TextStore(join(dir, 'texts'));
  const shaById = new Map<string, string>();
  documents.forEach((document) => {
    // The store returns a text only if it hashes to its name.
    const sha = sha256Of(document.text);
    shaById.set(document.id, sha);
    store.write(sha, document.text);
  });
  const indexDir = join(dir, 'index');
  mkdirSync(indexDir, { recursive: true });
  await writeSearchTables(indexDir, index.tables(), (id) => shaById.get(id), 'fingerprint');
  const meta = await readSearchTablesMeta(indexDir);
  assert.ok(meta);
  return new DiskSearchIndex(searchTablesLayout(indexDir), meta, join(dir, 'texts'));
}

/** Counts the term sequences a search reads: what re-ranking by proximity costs, one read each. */
function countSequenceReads(disk: DiskSearchIndex): { reads: number } {
  const counter = { reads: 0 };
  const read = disk.sequenceOf.bind(disk);
  disk.sequenceOf = (document) => {
    counter.reads++;
    return read(document);
  };
  return counter;
}

test('a page of a many-word search reads the term sequences of the candidates that can reach it, not of all', async () => {
  const disk = await diskIndexOf(corpus(900));
  try {
    const counter = countSequenceReads(disk);
    for (const query of ['الفريق أول ركن', 'أول ركن', 'الفريق أول']) {
      counter.reads = 0;
      const page = disk.search({ query, limit: 10 });
      const reads = counter.reads;
      assert.ok(page.total >= 300, `${query}: many candidates (${page.total})`);
      assert.ok(reads < page.total / 4, `${query}: ${reads} sequences read for ${page.total} candidates`);
      // The same page as when every candidate is re-ranked (a page as deep as the re-rank).
      const everything = disk.search({ query, limit: 1000 });
      assert.equal(JSON.stringify(page.hits), JSON.stringify(everything.hits.slice(0, 10)), query);
      const second = disk.search({ query, offset: 10, limit: 10 });
      assert.equal(JSON.stringify(second.hits), JSON.stringify(everything.hits.slice(10, 20)), `${query}, page 2`);
    }
  } finally {
    disk.close();
  }
});

test('partial matches are re-ranked within the page alike: more matched words first, then proximity', async () => {
  const disk = await diskIndexOf(corpus(600));
  try {
    const query = 'الفريق أول ركن زيمبابوي';
    const page = disk.search({ query, limit: 5 });
    const everything = disk.search({ query, limit: 1000 });
    assert.equal(page.partial, true);
    assert.equal(JSON.stringify(page.hits), JSON.stringify(everything.hits.slice(0, 5)));
    assert.equal(page.total, everything.total);
  } finally {
    disk.close();
  }
});
