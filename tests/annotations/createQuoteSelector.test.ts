import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteSelector, createTextTarget } from '../../src-main/core/annotations/createQuoteSelector';
import { TextTargetSchema } from '../../src-main/core/annotations/textTarget';

const text =
  'في ظل التطورات الأمنية السريعة في ليبيا، يبرز اجتماع عسكري كبير في مدينة سرت كخطوة حاسمة نحو تعزيز الاستقرار.';

test('the selector holds the exact passage and 32 code units on each side', () => {
  const start = text.indexOf('اجتماع عسكري');
  const end = start + 'اجتماع عسكري'.length;
  const quote = createQuoteSelector(text, start, end);
  assert.equal(quote.exact, 'اجتماع عسكري');
  assert.equal(quote.prefix, text.slice(start - 32, start));
  assert.equal(quote.suffix, text.slice(end, end + 32));
});

test('context is shorter at the edges of the text', () => {
  const quote = createQuoteSelector(text, 0, 2);
  assert.equal(quote.prefix, '');
  assert.equal(createQuoteSelector(text, text.length - 5, text.length).suffix, '');
});

test('context never ends in half an emoji', () => {
  const withEmoji = '😀' + 'ا'.repeat(31) + 'سرت' + 'ب'.repeat(31) + '😀';
  const start = withEmoji.indexOf('سرت');
  const quote = createQuoteSelector(withEmoji, start, start + 3);
  assert.equal(quote.prefix, 'ا'.repeat(31));
  assert.equal(quote.suffix, 'ب'.repeat(31));
});

test('empty, reversed, out-of-range and pair-splitting ranges are refused', () => {
  assert.throws(() => createQuoteSelector(text, 5, 5), RangeError);
  assert.throws(() => createQuoteSelector(text, 6, 5), RangeError);
  assert.throws(() => createQuoteSelector(text, 0, text.length + 1), RangeError);
  assert.throws(() => createQuoteSelector('أ😀ب', 0, 2), /half/);
});

test('a created target satisfies its schema', () => {
  const target = createTextTarget(text, { start: 3, end: 14 }, 'a'.repeat(64));
  assert.deepEqual(TextTargetSchema.parse(target), target);
});
