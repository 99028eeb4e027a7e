import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BestFirst } from '../../src-main/core/search/bestFirst';
import { seededRandom } from '../helpers/seededRandom';

/** Every candidate in the order re-ranking takes them: key descending, then document ascending. */
function sortedOrder(documents: number[], keys: number[]): number[] {
  return documents
    .map((document, position) => ({ document, key: keys[position]! }))
    .sort((a, b) => b.key - a.key || a.document - b.document)
    .map(({ document }) => document);
}

test('candidates come out best first, equal keys by lower document number, until none is left', () => {
  const random = seededRandom(12);
  for (const count of [0, 1, 2, 3, 7, 64, 1000, 2500]) {
    // Few distinct keys, so that ties are common; documents in no particular order.
    const documents = Array.from({ length: count }, (_, n) => (n * 7919) % 10_007);
    const keys = documents.map(() => Math.floor(random() * 20) / 4);
    const best = new BestFirst(Int32Array.from(documents), Float64Array.from(keys));
    const taken: number[] = [];
    for (let document = best.take(); document !== undefined; document = best.take()) taken.push(document);
    assert.deepEqual(taken, sortedOrder(documents, keys), `${count} candidates`);
    assert.equal(best.remaining, 0);
  }
});

test('taking a few of many gives the best few, in order', () => {
  const random = seededRandom(5);
  const documents = Array.from({ length: 5000 }, (_, n) => n);
  const keys = documents.map(() => random() * 100);
  const best = new BestFirst(Int32Array.from(documents), Float64Array.from(keys));
  const firstTen = Array.from({ length: 10 }, () => best.take());
  assert.deepEqual(firstTen, sortedOrder(documents, keys).slice(0, 10));
  assert.equal(best.remaining, 4990);
});
