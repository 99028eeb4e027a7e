import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDocuments } from '../../src-main/core/compare/compareDocuments';
import { prepareDocument, type CompareInputDocument } from '../../src-main/core/compare/preparedDocument';

function passagesOf(inputs: CompareInputDocument[]) {
  const documents = inputs.map(prepareDocument);
  const text = (docId: string) => inputs.find((input) => input.id === docId)!.text;
  return compareDocuments(documents).passages.map((passage) => ({
    firstDocId: passage.firstDocId,
    words: passage.words,
    spans: Object.fromEntries(passage.spans.map((span) => [span.docId, text(span.docId).slice(span.start, span.end)])),
  }));
}

test('a passage reused with spelling variants is found with its exact spans in both texts', () => {
  const a =
    'افتتاحية مختلفة تماما. وقال المتحدث إن القوة المشتركة ستتولى تأمين الحدود الجنوبية ومكافحة الإرهاب والتهريب عبر الصحراء. خاتمة أولى.';
  const b =
    'مقدمة أخرى لا علاقة لها. وقال المتحدّث إنّ القوّة المشتركه ستتولى تأمين الحدود الجنوبيّة ومكافحة الارهاب والتهريب عبر الصحراء. نهاية ثانية.';
  const passages = passagesOf([
    { id: 'a', text: a, boilerplate: [] },
    { id: 'b', text: b, boilerplate: [] },
  ]);
  assert.equal(passages.length, 1);
  assert.deepEqual(passages[0]!.spans, {
    a: 'وقال المتحدث إن القوة المشتركة ستتولى تأمين الحدود الجنوبية ومكافحة الإرهاب والتهريب عبر الصحراء',
    b: 'وقال المتحدّث إنّ القوّة المشتركه ستتولى تأمين الحدود الجنوبيّة ومكافحة الارهاب والتهريب عبر الصحراء',
  });
  assert.equal(passages[0]!.words, 14);
});

test('a passage carries on across a small gap but not across a long one', () => {
  const a = 'أعلن الجيش الوطني الليبي تشكيل قوة عسكرية مشتركة بين الشرق والغرب لحماية الحدود. كلام آخر تماما عن الطقس.';
  const b = 'أعلن الجيش الوطني الليبي أمس تشكيل قوة مشتركة بين الشرق والغرب لحماية الحدود. حديث عن الرياضة والفن.';
  const passages = passagesOf([
    { id: 'a', text: a, boilerplate: [] },
    { id: 'b', text: b, boilerplate: [] },
  ]);
  assert.deepEqual(
    passages.map((passage) => passage.spans),
    [
      {
        a: 'أعلن الجيش الوطني الليبي تشكيل قوة عسكرية مشتركة بين الشرق والغرب لحماية الحدود',
        b: 'أعلن الجيش الوطني الليبي أمس تشكيل قوة مشتركة بين الشرق والغرب لحماية الحدود',
      },
    ],
  );
  const first = 'أعلن الجيش الوطني الليبي تشكيل قوة مشتركة';
  const second = 'لحماية الحدود الجنوبية من المهربين والمتسللين';
  const apart = passagesOf([
    { id: 'a', text: `${first} في اجتماع موسع عقد أمس بالعاصمة ${second}.`, boilerplate: [] },
    { id: 'b', text: `${first} بعد مشاورات طويلة بين القادة العسكريين المجتمعين ${second}.`, boilerplate: [] },
  ]);
  assert.deepEqual(
    apart.map((passage) => passage.spans),
    [
      { a: first, b: first },
      { a: second, b: second },
    ],
  );
});

test('a passage in three reports is one passage with a span in each, and the earliest date published it', () => {
  const shared = 'أكدت بعثة الأمم المتحدة للدعم في ليبيا ضرورة توحيد المؤسسات العسكرية قبل الانتخابات';
  const passages = passagesOf([
    { id: 'late', text: `تقرير أول. ${shared}. نهاية.`, boilerplate: [], date: '2024-05-03T10:00:00Z' },
    { id: 'early', text: `${shared}، في بيان.`, boilerplate: [], date: '2024-05-02T08:00:00Z' },
    { id: 'undated', text: `خبر: ${shared}.`, boilerplate: [] },
  ]);
  assert.equal(passages.length, 1);
  assert.deepEqual(passages[0]!.spans, { late: shared, early: shared, undated: shared });
  assert.equal(passages[0]!.firstDocId, 'early');
});

test('same dates name no first publisher, and boilerplate never counts', () => {
  const footer = 'يمكنك ايضا قراءة الخبر في المصدر من بوابة الوسط';
  const a = `خبر عن الاقتصاد.\n${footer}`;
  const b = `خبر عن السياسة.\n${footer}`;
  const boilerplate = (text: string) => [{ start: text.indexOf(footer), end: text.length }];
  assert.deepEqual(
    passagesOf([
      { id: 'a', text: a, boilerplate: boilerplate(a) },
      { id: 'b', text: b, boilerplate: boilerplate(b) },
    ]),
    [],
  );
  const withoutMarking = passagesOf([
    { id: 'a', text: a, boilerplate: [], date: '2024-01-01' },
    { id: 'b', text: b, boilerplate: [], date: '2024-01-01' },
  ]);
  assert.equal(withoutMarking.length, 1, 'the footer is shared when not marked as boilerplate');
  assert.equal(withoutMarking[0]!.firstDocId, undefined);
});
