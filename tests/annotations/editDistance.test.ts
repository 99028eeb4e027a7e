import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance } from '../../src-main/core/annotations/editDistance';

/** The whole table, as the textbook computes it. */
function tableDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}

test('property: the banded distance equals the whole table, however far apart the strings', () => {
  // Few letters, so that strings share runs, differ by a little or by everything, and lengths vary.
  const word = fc.array(fc.constantFrom('ا', 'ل', 'م', ' ', 'ن'), { maxLength: 40 }).map((units) => units.join(''));
  fc.assert(
    fc.property(word, word, (a, b) => assert.equal(editDistance(a, b), tableDistance(a, b))),
    { numRuns: 3000 },
  );
});

test('property: a long text with a few edits is as far from its original as the edits make it', () => {
  const base = 'قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة. '.repeat(40);
  const edit = fc.record({
    at: fc.nat({ max: base.length }),
    removed: fc.nat({ max: 6 }),
    inserted: fc.string({ maxLength: 6 }),
  });
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 4 }), (edits) => {
      let edited = base;
      for (const { at, removed, inserted } of edits) {
        const place = Math.min(at, edited.length);
        edited = edited.slice(0, place) + inserted + edited.slice(place + removed);
      }
      assert.equal(editDistance(base, edited), tableDistance(base, edited));
    }),
    { numRuns: 60 },
  );
});

test('the distance counts what differs at both ends and in the middle', () => {
  assert.equal(editDistance('', ''), 0);
  assert.equal(editDistance('', 'سوريا'), 5);
  assert.equal(editDistance('واليمن', ''), 6);
  assert.equal(editDistance('واليمن', 'وسوريا'), 5);
  assert.equal(editDistance('كلمة في الوسط', 'كلمة بالوسط'), 3);
  assert.equal(editDistance('xسوريا', 'سورياx'), 2);
});
