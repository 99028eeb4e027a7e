import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src-main/core/compare/facts/extractFacts';
import type { FactRow } from '../../src-main/core/compare/facts/factTypes';
import { assertCellsPointIntoTexts, cellTexts } from './factAssertions';
import { factDocument } from './factDocuments';

function numberRows(...texts: string[]): FactRow[] {
  const documents = texts.map((text, index) => factDocument(`r${index + 1}`, text));
  const rows = extractFacts(documents, []).filter((row) => row.kind === 'number');
  assertCellsPointIntoTexts(rows, documents);
  return rows;
}

describe('number facts', () => {
  it('reads Arabic-Indic digits as the same value as ASCII digits', () => {
    const rows = numberRows('قُتل ٣ أشخاص في الهجوم.', 'قتل 3 أشخاص في الهجوم.');
    assert.equal(rows.length, 1);
    assert.deepEqual(cellTexts(rows[0]!), ['r1: ٣ أشخاص', 'r2: 3 أشخاص']);
    assert.equal(rows[0]!.label, 'شخص');
    assert.equal(rows[0]!.disagree, false);
  });

  it('marks a row where the reports give different figures for the same thing', () => {
    const rows = numberRows('أصيب ١٥ جريحا.', 'أصيب 12 جريحا.');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.disagree, true);
  });

  it('reads number words, duals and digits of one duration into one row', () => {
    const rows = numberRows('استمر الاجتماع ثلاثة أيام.', 'استمر الاجتماع 3 أيام.', 'استمر الاجتماع يومين.');
    assert.equal(rows.length, 1);
    assert.deepEqual(cellTexts(rows[0]!), ['r1: ثلاثة أيام', 'r2: 3 أيام', 'r3: يومين']);
    assert.equal(rows[0]!.label, 'يوم');
    assert.equal(rows[0]!.disagree, true, 'two days against three');
  });

  it('reads compound number words, scales, approximate counts and partitives', () => {
    const rows = numberRows('وصل خمسة وعشرون ألف مهاجر، وقتل عشرات من الجنود، وفر ثلاثة آلاف شخص.');
    assert.deepEqual(
      rows.map((row) => cellTexts(row)[0]),
      ['r1: خمسة وعشرون ألف مهاجر', 'r1: عشرات من الجنود', 'r1: ثلاثة آلاف شخص'],
    );
  });

  it('reads ranges, percentages, decimals, dates and years', () => {
    const rows = numberRows('خلال ١٢ إلى ١٨ شهرا، بنسبة ٢٥٫٥٪ وبقيمة 3,5 مليون دولار، في 15 مارس 2024، حتى عام ٢٠٢٦.');
    assert.deepEqual(
      rows.map((row) => [row.label, cellTexts(row)[0]]),
      [
        ['شهر', 'r1: ١٢ إلى ١٨ شهرا'],
        ['%', 'r1: ٢٥٫٥٪'],
        ['دولار', 'r1: 3,5 مليون دولار'],
        ['15 مارس 2024', 'r1: 15 مارس 2024'],
        ['عام 2026', 'r1: عام ٢٠٢٦'],
      ],
    );
  });

  it('does not count «أحد» (one of) as a figure', () => {
    assert.deepEqual(numberRows('قال أحد المشاركين إن اللقاء كان مثمرا.'), []);
  });
});

describe('what is not a figure', () => {
  it('skips list numbers that open a line, and reads bare years as years', () => {
    const rows = numberRows('1.1 تؤكد الدول التزامها برؤية 2030 الطموحة.\n1.2 أطلق الجانبان 2000 جندي.');
    assert.deepEqual(
      rows.map((row) => [row.label, cellTexts(row)]),
      [
        ['2030', ['r1: 2030']],
        ['جندي', ['r1: 2000 جندي']],
      ],
    );
  });
});
