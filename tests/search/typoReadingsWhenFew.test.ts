import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TYPO_READINGS_BELOW } from '../../src-main/core/search/rankingWeights';
import { doc, ids, indexOf } from './fixtures/smallIndex';

/**
 * «صالح» is a real word and «صلاح», one mistake away, is more than twice as common: a reading of it.
 * Whether that reading is searched depends on how many reports the words as typed find together.
 */
function corpus(typedReports: number) {
  return indexOf([
    ...Array.from({ length: typedReports }, (_, n) => doc(`typed-${n}`, `سجل اللاعب صالح هدفا في المباراة رقم ${n}`)),
    ...Array.from({ length: 3 * TYPO_READINGS_BELOW }, (_, n) =>
      doc(`reading-${n}`, `سجل اللاعب صلاح هدفا في المباراة رقم ${n}`),
    ),
  ]).index;
}

describe('typo readings are searched only when the words as typed find few reports', () => {
  it('reads nothing otherwise when the words as typed match a page of reports in full', () => {
    const index = corpus(TYPO_READINGS_BELOW);
    const result = index.search({ query: 'اللاعب صالح', limit: 100 });
    assert.equal(result.total, TYPO_READINGS_BELOW);
    assert.ok(
      ids(result).every((id) => id.startsWith('typed-')),
      ids(result).join(' '),
    );
    assert.equal(result.corrections, undefined);
    assert.equal(result.noticeCodes, undefined);
  });

  it('still searches the readings, and names them, when the words as typed find fewer', () => {
    const index = corpus(TYPO_READINGS_BELOW - 1);
    const result = index.search({ query: 'اللاعب صالح', limit: 100 });
    assert.equal(result.total, 4 * TYPO_READINGS_BELOW - 1);
    // What was typed ranks first; the readings follow it.
    assert.ok(
      ids(result)
        .slice(0, TYPO_READINGS_BELOW - 1)
        .every((id) => id.startsWith('typed-')),
      ids(result).join(' '),
    );
    const mistyped = index.search({ query: 'اللاعب صلاخ' });
    assert.deepEqual(mistyped.corrections, [{ typed: 'صلاخ', readAs: 'صلاح' }]);
    assert.deepEqual(mistyped.noticeCodes, ['typo-corrected']);
  });

  it('decides the same whatever page is asked for, so that pages never disagree', () => {
    const index = corpus(TYPO_READINGS_BELOW);
    const first = index.search({ query: 'اللاعب صالح', limit: 5 });
    const later = index.search({ query: 'اللاعب صالح', offset: 15, limit: 10 });
    assert.equal(first.total, later.total);
    assert.equal(later.corrections, undefined);
    assert.ok(
      ids(later).every((id) => id.startsWith('typed-')),
      ids(later).join(' '),
    );
  });

  it('counts only the reports a filter lets through', () => {
    const index = corpus(TYPO_READINGS_BELOW);
    const result = index.search({ query: 'اللاعب صالح -19', limit: 100 });
    assert.equal(result.total, TYPO_READINGS_BELOW - 1 + 3 * TYPO_READINGS_BELOW - 1);
  });
});
