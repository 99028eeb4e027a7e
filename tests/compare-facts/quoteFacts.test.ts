import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src-main/core/compare/facts/extractFacts';
import type { FactRow } from '../../src-main/core/compare/facts/factTypes';
import { assertCellsPointIntoTexts, cellTexts } from './factAssertions';
import { factDocument } from './factDocuments';

function quoteRows(...texts: string[]): FactRow[] {
  const documents = texts.map((text, index) => factDocument(`r${index + 1}`, text));
  const rows = extractFacts(documents, []).filter((row) => row.kind === 'quote');
  assertCellsPointIntoTexts(rows, documents);
  return rows;
}

describe('quote facts', () => {
  it('reads the speaker after the verb that follows or precedes the quote, with «…», “…” and "…"', () => {
    const rows = quoteRows(
      '«لن نقبل بأي تدخل خارجي»، قال اللواء أحمد المسماري في مؤتمر صحفي.',
      'وأكد المسماري أن “الجيش لن يقبل بأي تدخل خارجي” في شؤون البلاد.',
      'وصرح الناطق باسم الجيش: "لن نقبل بأي تدخل من الخارج أبدا".',
    );
    assert.equal(rows.length, 1, 'one quotation of one speaker');
    assert.equal(rows[0]!.label, 'اللواء أحمد المسماري');
    assert.equal(rows[0]!.cells.length, 3);
    assert.equal(rows[0]!.disagree, true, 'the wordings differ');
  });

  it('does not take the next quotation for a speaker («وقال: "…"، وتابع: "…"»)', () => {
    const rows = quoteRows(
      'ووصف المشهد، وقال: "كانوا يرتجفون، لقد كان مريعا"، وتابع: "عندها علمت أن ذلك هجوم كيمياوي".',
    );
    assert.deepEqual(
      rows.map((row) => row.label),
      ['كانوا يرتجفون، لقد كان مريعا', 'عندها علمت أن ذلك هجوم كيمياوي'],
    );
  });

  it('takes short quoted terms for names, not speech, unless they are punctuated speech', () => {
    const terms = 'صادقت الحكومة على اتفاقية "حظر الأسلحة الكيمياوية" بعد شهر، وتستعد لمناورات “فلينتلوك”.';
    assert.deepEqual(quoteRows(terms), []);
    const answer = quoteRows('وسئل هل يعود، فقال: "نعم، أعتقد ذلك".');
    assert.deepEqual(
      answer.map((row) => cellTexts(row)),
      [['r1: "نعم، أعتقد ذلك"']],
    );
  });
});
