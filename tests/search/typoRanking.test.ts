import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, ids, indexOf } from './fixtures/smallIndex';

describe('typo tolerance in ranking', () => {
  const filler = (n: number) => doc(`other-${n}`, `تقرير آخر عن النجم صلاح رقم ${n}`);
  const { index } = indexOf([
    doc('typed', 'هدف رائع سجله اللاعب صالح في المباراة'),
    doc('stem', 'أهداف رائعة سجلها اللاعبون صالحون في المباراة'),
    doc('reading', 'هدف رائع سجله اللاعب صلاح في المباراة'),
    ...Array.from({ length: 6 }, (_, n) => filler(n)),
  ]);

  it('ranks the word as typed, then its stem, above a reading of it as a commoner word', () => {
    const result = index.search({ query: 'صالح' });
    const order = ids(result);
    assert.ok(order.includes('reading'), order.join(' '));
    assert.ok(order.indexOf('typed') < order.indexOf('stem'), order.join(' '));
    assert.ok(order.indexOf('stem') < order.indexOf('reading'), order.join(' '));
    assert.ok(result.hits[0]!.score > result.hits[order.indexOf('reading')]!.score);
  });

  it('names no reading while the results shown hold the word as typed', () => {
    const result = index.search({ query: 'صالح', limit: 2 });
    assert.deepEqual(ids(result), ['typed', 'stem']);
    assert.equal(result.corrections, undefined);
  });

  it('ranks a passage read through one corrected word above passages missing that word', () => {
    const result = index.search({ query: 'اللاعب صلاخ في المباراة' });
    assert.equal(ids(result)[0], 'reading');
    assert.deepEqual(result.corrections, [{ typed: 'صلاخ', readAs: 'صلاح' }]);
    assert.deepEqual(result.noticeCodes, ['typo-corrected']);
  });

  it('never widens an exclusion to readings of it', () => {
    // «صالحون» goes with «صالح» (exclusions match stems), «صلاح» stays.
    const result = index.search({ query: 'المباراة -صالح' });
    assert.deepEqual(ids(result), ['reading']);
  });
});
