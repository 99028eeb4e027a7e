import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src-main/core/compare/facts/extractFacts';
import type { FactDocument, FactRow } from '../../src-main/core/compare/facts/factTypes';
import { assertCellsPointIntoTexts, cellTexts } from './factAssertions';
import { seedDocument } from './factDocuments';

const meeting: FactDocument[] = [seedDocument('000'), seedDocument('001'), seedDocument('003')];

function rowsOf(rows: FactRow[], kind: FactRow['kind']): FactRow[] {
  return rows.filter((row) => row.kind === kind);
}

describe('facts on the seed reports of the Sirte meeting (000, 001, 003)', () => {
  const rows = extractFacts(meeting, []);

  it('keeps every cell on its span in the stored text', () => {
    assertCellsPointIntoTexts(rows, meeting);
  });

  it("puts Haftar's three titles in one row and marks it as disagreeing", () => {
    const haftar = rowsOf(rows, 'person').filter((row) =>
      row.cells.some((cell) => cell.text.includes('خالد خليفة حفتر')),
    );
    assert.equal(haftar.length, 1, 'one row for Khaled Haftar');
    const row = haftar[0]!;
    assert.deepEqual(cellTexts(row), [
      '000: الفريق أول خالد خليفة حفتر',
      '001: الفريق أول ركن خالد خليفة حفتر',
      '003: اللواء خالد حفتر',
    ]);
    assert.equal(row.label, 'خالد خليفة حفتر');
    assert.equal(row.disagree, true);
  });

  it('gives al-Mahjoub, another Khaled, his own row', () => {
    const mahjoub = rowsOf(rows, 'person').find((row) => row.label === 'خالد المحجوب');
    assert.ok(mahjoub, 'a row for Khaled al-Mahjoub');
    assert.deepEqual(cellTexts(mahjoub), ['000: اللواء خالد المحجوب', '001: اللواء خالد المحجوب']);
    assert.equal(mahjoub.disagree, true, '003 does not name him');
    const haftarRow = rowsOf(rows, 'person').find((row) => row.label === 'خالد خليفة حفتر')!;
    assert.ok(haftarRow.cells.every((cell) => !cell.text.includes('المحجوب')));
  });

  it('keeps another Haftar with a different given name apart', () => {
    const hadi = rowsOf(rows, 'person').find((row) => row.label === 'الهادي حسين حفتر');
    assert.ok(hadi);
    assert.deepEqual(cellTexts(hadi), ['000: العميد الهادي حسين حفتر']);
  });

  it('does not take a one-word quoted name («فلينتلوك») for speech', () => {
    assert.ok(rowsOf(rows, 'quote').every((row) => !row.cells.some((cell) => cell.text.includes('فلينتلوك'))));
  });

  it('finds the places the reports share and those only one names', () => {
    const places = new Map(rowsOf(rows, 'place').map((row) => [row.label, row]));
    assert.deepEqual(
      cellTexts(places.get('مصراتة')!).map((cell) => cell.slice(0, 3)),
      ['000', '001', '003'],
    );
    assert.equal(places.get('مصراتة')!.disagree, false);
    assert.deepEqual(cellTexts(places.get('سرت')!), ['000: سرت', '003: سرت']);
    assert.equal(places.get('سرت')!.disagree, true, '001 does not name Sirte');
    assert.ok(places.has('بنغازي') && places.has('الجيش الوطني الليبي'));
  });
});

describe('facts of seed 004', () => {
  const report = seedDocument('004');
  const rows = extractFacts([report, seedDocument('003')], []);

  it('keeps every cell on its span in the stored text', () => {
    assertCellsPointIntoTexts(rows, [report, seedDocument('003')]);
  });

  it('finds the three quoted sentences with their speakers', () => {
    const quotes = rowsOf(rows, 'quote').filter((row) => row.cells.some((cell) => cell.docId === '004'));
    const bySpeaker = new Map(quotes.map((row) => [row.label, row.cells.map((cell) => cell.text)]));
    assert.deepEqual([...bySpeaker.keys()].sort(), ['أحد المشاركين', 'علي خلخال']);
    assert.deepEqual(bySpeaker.get('علي خلخال'), ['“أمن الحدود ليس مجرد أولوية وطنية، بل هو أيضًا مسؤولية دولية”']);
    assert.deepEqual(bySpeaker.get('أحد المشاركين'), [
      '“الهدف هو ليبيا موحدة. كل جهد للتنسيق والتعاون ذو معنى بالنسبة لنا”',
      '“الحدود هي خط الدفاع الأول، لكن الحفاظ عليها يتطلب تعاونًا إقليميًا ودوليًا”',
    ]);
  });

  it('finds its numbers, and none in the source footer («اخبار ليبيا 24»)', () => {
    const own = rowsOf(rows, 'number').filter((row) => row.cells.some((cell) => cell.docId === '004'));
    assert.deepEqual(
      own.map((row) => [row.label, cellTexts(row)]),
      [['يوم', ['004: يومين']]],
    );
    const days = own[0]!;
    assert.equal(days.disagree, true, '003 gives no duration of the meeting');
  });

  it('finds the numbers of 003 with what they count', () => {
    const fromOther = rowsOf(rows, 'number').filter((row) => row.cells.some((cell) => cell.docId === '003'));
    assert.deepEqual(
      fromOther.map((row) => [row.label, cellTexts(row)]),
      [
        ['عام 2026', ['003: عام 2026']],
        ['شهر', ['003: 12 إلى 18 شهرا']],
      ],
    );
  });

  it('reads the UN mission as one organisation, not as Libya', () => {
    const places = rowsOf(rows, 'place')
      .filter((row) => row.cells.some((cell) => cell.docId === '004'))
      .map((row) => row.label);
    assert.ok(places.includes('بعثة الأمم المتحدة للدعم في ليبيا'));
    assert.ok(places.includes('طرابلس') && places.includes('مؤتمر برلين'));
  });
});

describe('facts of seed 002', () => {
  it('reads a person set off from a long role by a comma', () => {
    const report = seedDocument('002');
    const people = extractFacts([report, seedDocument('003')], []).filter((row) => row.kind === 'person');
    const haddad = people.find((row) => row.label === 'محمد الحداد');
    assert.ok(haddad);
    assert.deepEqual(cellTexts(haddad), ['002: رئيس الأركان العامة في المنطقة الغربية، محمد الحداد']);
  });
});
