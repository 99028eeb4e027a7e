import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { DocumentScores } from '../../src-main/core/search/documentScores';
import type { PostingSource } from '../../src-main/core/search/indexedCorpus';
import { PostingUnions } from '../../src-main/core/search/postingUnions';
import type { SearchRequest } from '../../src-main/core/search/searchResult';
import { DiskSearchIndex } from '../../src-main/services/search/tables/diskSearchIndex';
import { readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { seededRandom } from '../helpers/seededRandom';
import { tempDir } from '../helpers/tempDir';
import { diskIndexOf, generatedCorpus, generatedQueries } from './fixtures/generatedCorpus';

/**
 * Bounds small enough for a few hundred documents that what a long-lived reader keeps between
 * queries (postings, words, common words' posting unions) is kept, forgotten and evicted all along.
 */
const SMALL_BOUNDS = {
  postings: 2_000,
  sequenceWords: 2_000,
  words: 300,
  unions: { share: 0.05, minimum: 1, documents: 400 },
};

describe('a search process answers each query as if it were its first', () => {
  it('the resident tables and the in-memory index, whatever was asked before', async () => {
    const random = seededRandom(31);
    const documents = generatedCorpus(300, random);
    const texts = new Map(documents.map((document) => [document.id, document.text]));
    const index = new CorpusIndex({ getText: (id) => texts.get(id) });
    for (const document of documents) index.add(document);
    const queries = generatedQueries(documents, 150, random);
    const dir = tempDir();
    const longLived = await diskIndexOf(index, documents, dir, { resident: true, remembered: SMALL_BOUNDS });
    const indexDir = join(dir, 'index');
    const meta = await readSearchTablesMeta(indexDir);
    assert.ok(meta);
    /** A reader opened for this one query: nothing kept from any other. */
    const firstAnswer = (request: SearchRequest) => {
      const fresh = new DiskSearchIndex(searchTablesLayout(indexDir), meta, join(dir, 'texts'));
      try {
        return JSON.stringify(fresh.search(request));
      } finally {
        fresh.close();
      }
    };
    let found = 0;
    try {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat({ max: queries.length - 1 }), fc.boolean()), { minLength: 1, maxLength: 10 }),
          (asked) => {
            for (const [n, exactSpelling] of asked) {
              const request = { query: queries[n]!, limit: 10, exactSpelling };
              const expected = firstAnswer(request);
              assert.equal(JSON.stringify(longLived.search(request)), expected, `tables: ${request.query}`);
              assert.equal(JSON.stringify(index.search(request)), expected, `in memory: ${request.query}`);
              if (!expected.includes('"hits":[]')) found++;
            }
          },
        ),
        { numRuns: 60, seed: 7 },
      );
    } finally {
      longLived.close();
    }
    assert.ok(found > 100, `most queries find something (${found})`);
  });
});

describe('PostingUnions', () => {
  const text: PostingSource = { postings: () => undefined };
  const title: PostingSource = { postings: () => undefined };

  function merged(documents: number[]): DocumentScores {
    const scores = new DocumentScores();
    scores.reserve(1_000);
    documents.forEach((document, n) => scores.max(document, 1 / (n + 1)));
    return scores;
  }

  it('keeps a large union as merged, by source and terms, and no small one', () => {
    const unions = new PostingUnions(100, { share: 0.1, minimum: 1, documents: 1_000 });
    unions.offer(text, [3, 1], merged([9, 4, 7]));
    assert.equal(unions.find(text, [3, 1]), undefined, 'three documents are under a tenth of 100');
    unions.offer(text, [3, 1], merged([50, 10, 20, 30, 40, 60, 70, 80, 90, 99, 1]));
    const kept = unions.find(text, [3, 1]);
    assert.deepEqual([...kept!.documents], [50, 10, 20, 30, 40, 60, 70, 80, 90, 99, 1]);
    assert.equal(kept!.saturations[1], 1 / 2);
    assert.equal(unions.find(title, [3, 1]), undefined, 'the same terms in another field');
    assert.equal(unions.find(text, [1, 3]), undefined);
  });

  it('forgets the least recently used unions past its bound', () => {
    const unions = new PostingUnions(10, { share: 0, minimum: 1, documents: 6 });
    unions.offer(text, [1], merged([1, 2]));
    unions.offer(text, [2], merged([3, 4]));
    unions.offer(text, [3], merged([5, 6]));
    assert.ok(unions.find(text, [1]), 'used again: now the most recent');
    unions.offer(text, [4], merged([7, 8]));
    assert.equal(unions.find(text, [2]), undefined, 'the least recently used went first');
    assert.ok(unions.find(text, [1]));
    assert.ok(unions.find(text, [3]));
    assert.ok(unions.find(text, [4]));
    assert.equal(unions.remembered, 6);
    unions.offer(text, [5], merged([1, 2, 3, 4, 5, 6, 7]));
    assert.equal(unions.find(text, [5]), undefined, 'larger than the bound: never kept');
  });
});
