import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { anchorHighlight } from '../../src-main/core/annotations/anchorHighlight';
import { createTextTarget } from '../../src-main/core/annotations/createQuoteSelector';
import type { TextTarget } from '../../src-main/core/annotations/textTarget';

const report = readFileSync(new URL('../../seeds/000_06f512fe5b46b25a.txt', import.meta.url), 'utf8');
const sha256 = 'f'.repeat(64);

function targetOf(text: string, exact: string): TextTarget {
  const start = text.indexOf(exact);
  assert.notEqual(start, -1, `"${exact}" is not in the text`);
  return createTextTarget(text, { start, end: start + exact.length }, sha256);
}

/** The report re-imported with one passage respelled (every occurrence of `from` becomes `to`). */
function respelled(from: string, to: string): string {
  assert.ok(report.includes(from), from);
  return report.split(from).join(to);
}

function anchoredOn(target: TextTarget, text: string): string {
  const result = anchorHighlight(target, text);
  assert.notEqual(result.status, 'orphan', JSON.stringify(result));
  return result.status === 'orphan' ? '' : text.slice(result.start, result.end);
}

test('a one-word quote that gains harakat after a re-import keeps its highlight, edges exact', () => {
  const target = targetOf(report, 'حفتر');
  const text = respelled('حفتر', 'حَفْتَرُ');
  assert.equal(anchoredOn(target, text), 'حَفْتَرُ');
});

test('a quote whose hamza is dropped keeps its highlight, edges exact', () => {
  const target = targetOf(report, 'الفريق أول');
  assert.equal(anchoredOn(target, respelled('الفريق أول', 'الفريق اول')), 'الفريق اول');
});

test('a quote re-imported with a tatweel and ه for ة keeps its highlight', () => {
  const target = targetOf(report, 'خالد خليفة');
  assert.equal(anchoredOn(target, respelled('خالد خليفة', 'خالـد خليفه')), 'خالـد خليفه');
});

test('a long quote diacritized throughout, far beyond the fuzzy budget, keeps its highlight', () => {
  const sentence = 'برئاسة الفريق أول خالد خليفة حفتر، ركز الاجتماع على بناء تعاون عسكري فعال';
  const target = targetOf(report, sentence);
  const diacritized = [...sentence].map((char) => (/[\u0621-\u064a]/.test(char) ? `${char}\u064e` : char)).join('');
  assert.equal(anchoredOn(target, respelled(sentence, diacritized)), diacritized);
});

test('a highlight made on diacritized text finds the plain text of a later import', () => {
  const diacritized = respelled('حفتر', 'حَفْتَر');
  const target = targetOf(diacritized, 'حَفْتَر');
  assert.equal(anchoredOn(target, report), 'حفتر');
});

test('a real change of the word still orphans the highlight', () => {
  const target = targetOf(report, 'حفتر');
  const result = anchorHighlight(target, respelled('حفتر', 'حفظر'));
  assert.equal(result.status, 'orphan');
  const renamed = anchorHighlight(targetOf(report, 'الفريق أول'), respelled('الفريق أول', 'اللواء'));
  assert.equal(renamed.status, 'orphan');
});

test('a respelled passage keeps its highlight even where the phrase recurs verbatim in another sentence', () => {
  // News repeats its phrases: the highlight is on the first of two copies, and only that copy is
  // respelled by the re-import. The verbatim second copy, in other surroundings, is another passage.
  const before = [
    'قال المتحدث إن الأزمة الإنسانية تتفاقم في الشمال بسبب القتال المستمر منذ أشهر.',
    'وأضاف أن المنظمات الدولية تحاول معالجة الأزمة الإنسانية عبر الممرات الآمنة للمدنيين.',
    'وفي ختام المؤتمر قال الأمين العام للجامعة العربية إن الحل السياسي هو الطريق الوحيد.',
    'وشدد على أن الجامعة ستواصل جهودها، وقال الأمين العام للجامعة العربية إن الحوار ضروري.',
  ].join('\n');
  const after = before
    .replace('الأزمة الإنسانية تتفاقم', 'الازمة الانسانية تتفاقم')
    .replace('قال الأمين العام للجامعة العربية إن الحل', 'قَالَ الْأَمِينُ الْعَامُّ لِلْجَامِعَةِ الْعَرَبِيَّةِ إن الحل');
  for (const [quote, expected, sentence] of [
    ['الأزمة الإنسانية', 'الازمة الانسانية', 0],
    ['قال الأمين العام للجامعة العربية', 'قَالَ الْأَمِينُ الْعَامُّ لِلْجَامِعَةِ الْعَرَبِيَّةِ', 2],
  ] as const) {
    const result = anchorHighlight(targetOf(before, quote), after);
    assert.ok(result.status === 'fuzzy', `${quote}: ${JSON.stringify(result)}`);
    assert.equal(after.slice(result.start, result.end), expected);
    // On the sentence it was made on, not on the verbatim copy in another one.
    assert.equal(after.slice(0, result.start).split('\n').length - 1, sentence);
  }
});
