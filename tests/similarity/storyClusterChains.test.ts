import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LeaderGroups } from '../../src-main/core/similarity/leaderGroups';
import { SimilarityIndex, textWords } from '../../src-main/core/similarity';
import { seededRandom } from '../helpers/seededRandom';

/** `count` made-up words, different for each seed. */
function words(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمن';
  return Array.from({ length: count }, () =>
    Array.from({ length: 5 }, () => letters[Math.floor(random() * letters.length)]).join(''),
  );
}

describe('story clusters do not chain', () => {
  it('a run of reports, each sharing a passage with the next only, is not one story', () => {
    // Report n tells part n and part n + 1: neighbours share half their text, reports two apart
    // share nothing. Joined link by link, all ten made one "story" of reports that have nothing
    // in common with most of the others.
    const parts = Array.from({ length: 11 }, (_, part) => words(100 + part, 30));
    const texts = new Map<string, Uint32Array>();
    for (let n = 0; n < 10; n++) texts.set(`r${n}`, textWords([...parts[n]!, ...parts[n + 1]!].join(' ')));
    const index = new SimilarityIndex({ wordsOf: (id) => texts.get(id) });
    for (const [id, text] of texts) index.add(id, text);

    const clusters = index.clusters();
    assert.ok(clusters.length >= 3, JSON.stringify(clusters));
    for (const cluster of clusters) {
      const numbers = cluster.map((id) => Number(id.slice(1))).sort((a, b) => a - b);
      // Every member shares text with its group's leader: no group spans more than two links.
      assert.ok(numbers[numbers.length - 1]! - numbers[0]! <= 2, JSON.stringify(cluster));
    }
  });

  it('reports that all share one passage stay one story, however they were linked', () => {
    const shared = words(7, 40);
    const texts = new Map<string, Uint32Array>();
    for (let n = 0; n < 6; n++) texts.set(`r${n}`, textWords([...shared, ...words(200 + n, 20)].join(' ')));
    const index = new SimilarityIndex({ wordsOf: (id) => texts.get(id) });
    for (const [id, text] of texts) index.add(id, text);
    assert.deepEqual(
      index.clusters().map((cluster) => [...cluster].sort()),
      [['r0', 'r1', 'r2', 'r3', 'r4', 'r5']],
    );
  });
});

describe('LeaderGroups', () => {
  it('joins two groups only when their leaders are alike, and keeps the larger group’s leader', () => {
    // 0 is alike 1 and 2; 3 is alike 2 only.
    const alike = new Set(['0-1', '0-2', '1-2', '2-3']);
    const groups = new LeaderGroups(4, (a, b) => alike.has(`${Math.min(a, b)}-${Math.max(a, b)}`));
    assert.equal(groups.join(0, 1), true);
    assert.equal(groups.join(1, 2), true);
    // 2's group is led by 0, which is not alike 3.
    assert.equal(groups.join(2, 3), false);
    assert.equal(groups.find(0), groups.find(2));
    assert.notEqual(groups.find(3), groups.find(0));
  });
});
