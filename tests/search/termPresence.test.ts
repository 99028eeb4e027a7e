import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TermPresence } from '../../src-main/services/search/tables/termPresence';

/** A `terms.txt` of these words, as `writeSearchTables` lays it out: sorted `term TAB number` lines. */
function termTable(words: readonly string[]): Uint8Array {
  const lines = [...new Set(words)].map((word, id) => `${word}\t${id}`).sort();
  return new TextEncoder().encode(lines.length > 0 ? `${lines.join('\n')}\n` : '');
}

const word = fc.string({
  unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئabcz19é'),
  minLength: 1,
  maxLength: 12,
});

describe('TermPresence', () => {
  it('never rules out a term of the table', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 300 }), (words) => {
        const presence = new TermPresence(termTable(words), new Set(words).size);
        for (const term of words) assert.ok(presence.mayHave(term), term);
      }),
      { numRuns: 200 },
    );
  });

  it('rules out almost every word that is not a term', () => {
    const terms = Array.from({ length: 2_000 }, (_, n) => `كلمة${n}`);
    const presence = new TermPresence(termTable(terms), terms.length);
    const others = Array.from({ length: 5_000 }, (_, n) => `كلمه${n}`);
    const passed = others.filter((other) => presence.mayHave(other)).length;
    assert.ok(passed < others.length * 0.02, `${passed} of ${others.length} let through`);
    assert.equal(new TermPresence(termTable([]), 0).mayHave('حفتر'), false);
  });
});
