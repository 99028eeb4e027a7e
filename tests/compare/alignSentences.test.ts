import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDocuments } from '../../src-main/core/compare/compareDocuments';
import { prepareDocument } from '../../src-main/core/compare/preparedDocument';

const S = {
  meeting: 'عقد رئيس الأركان اجتماعا مهما في مدينة سرت مع قادة الألوية القادمين من مصراتة.',
  force: 'وأسفر اللقاء عن الاتفاق على تشكيل قوة عسكرية مشتركة بين الشرق والغرب.',
  statement: 'ونشرت هيئة الأركان العامة تفاصيل الاتفاق في بيان رسمي على صفحتها في فيسبوك.',
  elections: 'وتسعى الأمم المتحدة إلى إطلاق خارطة طريق لإجراء انتخابات وطنية خلال عام ونصف.',
  weather: 'وشهدت العاصمة أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية.',
  football: 'وفاز فريق الأهلي على منافسه بثلاثة أهداف في مباراة الدوري أمس.',
};

function compare(texts: string[], baseIndex = 0) {
  const documents = texts.map((text, i) => prepareDocument({ id: `d${i}`, text, boilerplate: [] }));
  const result = compareDocuments(documents, { baseId: `d${baseIndex}` });
  const slice = (span: { docId: string; start: number; end: number }) =>
    texts[Number(span.docId.slice(1))]!.slice(span.start, span.end);
  const groups = result.alignment.map((group) => ({
    moved: group.moved,
    members: Object.fromEntries(group.members.map((member) => [member.docId, slice(member)])),
  }));
  return { result, groups, slice };
}

test('aligns shared sentences, leaves inserted and deleted ones unique', () => {
  const base = [S.meeting, S.force, S.statement, S.elections].join(' ');
  const other = [S.meeting, S.weather, S.force, S.elections].join(' ');
  const { groups, result } = compare([base, other]);
  assert.deepEqual(
    groups.map((group) => group.members),
    [
      { d0: S.meeting, d1: S.meeting },
      { d0: S.force, d1: S.force },
      { d0: S.elections, d1: S.elections },
    ],
  );
  assert.ok(groups.every((group) => !group.moved));
  const alignedSpans = new Set(result.alignment.flatMap((group) => group.members.map((m) => `${m.docId}:${m.start}`)));
  const unique = result.sentences.filter((span) => !alignedSpans.has(`${span.docId}:${span.start}`));
  assert.deepEqual(unique.map((span) => span.docId).sort(), ['d0', 'd1'], 'the statement and the weather are unique');
});

test('finds a moved sentence and marks only it as moved', () => {
  const base = [S.meeting, S.force, S.statement, S.elections].join(' ');
  const other = [S.elections, S.meeting, S.force, S.statement].join(' ');
  const { groups } = compare([base, other]);
  assert.equal(groups.length, 4);
  const moved = groups.filter((group) => group.moved).map((group) => group.members.d0);
  assert.deepEqual(moved, [S.elections]);
});

test('reworded sentences with spelling variants and clitics still align', () => {
  const base = 'اجتمع رئيس الأركان بقادة الألوية في مدينة سرت. وأعلنت الهيئة تشكيل قوة مشتركة.';
  const other = 'واجتمع رئيس الاركان مع قادة الالوية في مدينه سرت يوم الأحد. قالت الهيئة إن الطقس جميل.';
  const { groups } = compare([base, other]);
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.members.d1, 'واجتمع رئيس الاركان مع قادة الالوية في مدينه سرت يوم الأحد.');
});

test('with four reports a sentence shared by several forms one group, one member per report', () => {
  const texts = [
    [S.meeting, S.force, S.weather].join(' '),
    [S.force, S.meeting].join(' '),
    [S.meeting, S.football, S.statement].join(' '),
    [S.statement, S.football].join(' '),
  ];
  const { groups } = compare(texts);
  const meeting = groups.find((group) => group.members.d0 === S.meeting);
  assert.deepEqual(meeting?.members, { d0: S.meeting, d1: S.meeting, d2: S.meeting });
  const force = groups.find((group) => group.members.d0 === S.force);
  assert.deepEqual(force?.members, { d0: S.force, d1: S.force });
  // Sentences the base lacks still group among the other reports.
  const football = groups.find((group) => group.members.d2 === S.football);
  assert.deepEqual(football?.members, { d2: S.football, d3: S.football });
  const statement = groups.find((group) => group.members.d2 === S.statement);
  assert.deepEqual(statement?.members, { d2: S.statement, d3: S.statement });
  for (const group of groups) assert.ok(Object.keys(group.members).length >= 2);
  // In d1 the meeting comes after the force, unlike the base: one of the two is out of order.
  assert.equal([meeting, force].filter((group) => group?.moved).length, 1);
});

test('unrelated reports align nothing', () => {
  const { groups } = compare([[S.meeting, S.force].join(' '), [S.weather, S.football].join(' ')]);
  assert.deepEqual(groups, []);
});

test('a report that is all boilerplate has no sentences and shares nothing, without failing', () => {
  const footer = 'يمكنك ايضا قراءة الخبر في المصدر';
  const documents = [
    prepareDocument({ id: 'empty', text: footer, boilerplate: [{ start: 0, end: footer.length }] }),
    prepareDocument({ id: 'full', text: `${S.meeting} ${footer}`, boilerplate: [] }),
  ];
  const result = compareDocuments(documents);
  assert.deepEqual(
    result.sentences.map((span) => span.docId),
    ['full', 'full'],
  );
  assert.deepEqual([result.alignment, result.passages, result.differences, result.baseVariation], [[], [], [], []]);
});
