import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDocuments } from '../../src-main/core/compare/compareDocuments';
import { prepareDocument } from '../../src-main/core/compare/preparedDocument';

function differences(base: string, other: string) {
  const texts: Record<string, string> = { base, other };
  const documents = [
    prepareDocument({ id: 'base', text: base, boilerplate: [] }),
    prepareDocument({ id: 'other', text: other, boilerplate: [] }),
  ];
  const result = compareDocuments(documents);
  assert.equal(result.alignment.length, 1, 'the two sentences align');
  return result.differences.map((difference) => ({
    kind: difference.kind,
    docId: difference.docId,
    text: texts[difference.docId]!.slice(difference.start, difference.end),
    against: difference.againstDocId,
  }));
}

test('spelling-only changes (hamza, diacritics, ة/ه, ى/ي, tatweel) are minor, not changes', () => {
  const found = differences(
    'أكد رئيس الأركان أن القوة المشتركة ستبدأ عملها في مدينة سرت على الفور.',
    'اكد رئيس الأركان أنّ القوة المشتركه ستبدأ عمـلها في مدينه سرت علي الفور.',
  );
  assert.deepEqual(
    found.map((difference) => [difference.kind, difference.text]),
    [
      ['minor', 'اكد'],
      ['minor', 'أنّ'],
      ['minor', 'المشتركه'],
      ['minor', 'عمـلها'],
      ['minor', 'مدينه'],
      ['minor', 'علي'],
    ],
  );
  assert.ok(found.every((difference) => difference.docId === 'other' && difference.against === 'base'));
});

test('insertions, deletions and substitutions, each with its span in the right report', () => {
  const found = differences(
    'أعلن الفريق أول خالد حفتر تشكيل قوة مشتركة في مدينة سرت الليبية أمس.',
    'أعلن اللواء خالد حفتر تشكيل قوة عسكرية مشتركة في مدينة سرت أمس.',
  );
  assert.deepEqual(found, [
    { kind: 'substitute', docId: 'other', text: 'اللواء', against: 'base' },
    { kind: 'substitute', docId: 'base', text: 'الفريق أول', against: 'other' },
    { kind: 'insert', docId: 'other', text: 'عسكرية', against: 'base' },
    { kind: 'delete', docId: 'base', text: 'الليبية', against: 'other' },
  ]);
});

test('identical sentences have no differences and count as fully shared in the heat map', () => {
  const sentence = 'أعلن الجيش تشكيل قوة مشتركة في مدينة سرت.';
  const documents = [
    prepareDocument({ id: 'a', text: `${sentence} جملة فريدة لا تتكرر أبدا.`, boilerplate: [] }),
    prepareDocument({ id: 'b', text: sentence, boilerplate: [] }),
  ];
  const result = compareDocuments(documents);
  assert.deepEqual(result.differences, []);
  assert.deepEqual(
    result.baseVariation.map((entry) => entry.shared),
    [1, 0],
  );
});
