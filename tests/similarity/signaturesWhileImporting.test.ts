import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { SimilarityHost } from '../../src-main/services/similarity/similarityHost';
import { fillerText } from '../helpers/fillerText';

/** Ten stories of four reports each: every report of a story reprints its 40-word passage. */
function reports(): { id: string; date: string; text: string }[] {
  const all: { id: string; date: string; text: string }[] = [];
  for (let story = 0; story < 10; story++) {
    const passage = fillerText(1000 + story, 40);
    for (let outlet = 0; outlet < 4; outlet++) {
      const seed = story * 10 + outlet;
      all.push({
        id: `s${story}-o${outlet}`,
        date: `2018-03-${String(10 + story).padStart(2, '0')}`,
        text: `${fillerText(seed, 60 + outlet * 30)} ${passage} ${fillerText(seed + 500, 80)}`,
      });
    }
  }
  return all;
}

/** A search index and its signatures, as the search worker keeps them. */
function indexAndSignatures() {
  const index = new CorpusIndex({ getText: () => undefined });
  const similarity = new SimilarityHost(() => index);
  return {
    similarity,
    add(batch: { id: string; date: string; text: string }[]) {
      for (const report of batch) index.add({ id: report.id, title: '', text: report.text, boilerplate: [] });
      similarity.update(batch);
    },
  };
}

test('similar reports asked during an import are those found once its signatures are settled', () => {
  const all = reports();
  // Folds every batch into the sorted postings at once, as an import did before.
  const settledEachBatch = indexAndSignatures();
  // Leaves them waiting, as an import does now, until `settle` at its end.
  const importing = indexAndSignatures();
  for (let from = 0; from < all.length; from += 4) {
    const batch = all.slice(from, from + 4);
    settledEachBatch.add(batch);
    settledEachBatch.similarity.settle();
    importing.add(batch);
    for (const { id } of all.slice(0, from + 4)) {
      const expected = settledEachBatch.similarity.similar({ id, limit: 10 });
      assert.deepEqual(importing.similarity.similar({ id, limit: 10 }), expected, `${id} after ${from + 4} reports`);
    }
  }
  const sameStory = importing.similarity.similar({ id: 's3-o0', limit: 3 })!.map((match) => match.id);
  assert.deepEqual(sameStory.sort(), ['s3-o1', 's3-o2', 's3-o3'], 'a story is found through its reprinted passage');
});

test('story clusters over signatures still waiting are those over settled ones', async () => {
  const all = reports();
  const importing = indexAndSignatures();
  for (let from = 0; from < all.length; from += 4) importing.add(all.slice(from, from + 4));
  const waiting = await importing.similarity.clusters({ minSimilarity: 0.3 });
  const settled = indexAndSignatures();
  settled.add(all);
  settled.similarity.settle();
  const sorted = (groups: string[][]) =>
    groups.map((group) => [...group].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  assert.deepEqual(sorted(waiting), sorted(await settled.similarity.clusters({ minSimilarity: 0.3 })));
  assert.ok(waiting.length >= 5, `${waiting.length} clusters`);
  for (const group of waiting) {
    const stories = new Set(group.map((id) => id.split('-')[0]));
    assert.equal(stories.size, 1, `a cluster holds reports of one story: ${group.join(' ')}`);
  }
});
