import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords } from '../../src-main/core/text/countWords';

/** The definition the one-pass count must keep: the runs this expression matches. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640'’-]*/gu;

function wordsByExpression(text: string): number {
  return [...text.matchAll(WORD)].length;
}

test('words are counted as a reader counts them', () => {
  assert.equal(countWords(''), 0);
  assert.equal(countWords('كَتَبَ الولدُ الدرسَ'), 3);
  assert.equal(countWords('- 2024 -'), 1);
  assert.equal(countWords("l'armée d’Haftar co-operation"), 3);
  assert.equal(countWords('ـــ ١٢٣'), 2);
  assert.equal(countWords('𝐀𝐁 😀 a'), 2);
});

test('the one-pass count agrees with the expression on any text', () => {
  const pieces = [
    'a',
    'ب',
    'ـ',
    '-',
    "'",
    '’',
    ' ',
    '\n',
    '\u064e',
    '\u0301',
    '1',
    '٣',
    '.',
    '😀',
    '𝐀',
    '\ud800',
    '\udc00',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.equal(countWords(text), wordsByExpression(text), JSON.stringify(text));
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      assert.equal(countWords(text), wordsByExpression(text));
    }),
  );
});
