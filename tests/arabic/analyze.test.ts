import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src-main/core/arabic/analyze';
import type { Token } from '../../src-main/core/arabic/token';

function exacts(text: string): string[] {
  return analyze(text).map((token) => token.exact);
}

/** Each token's span, read back from the original text. */
function spans(text: string): string[] {
  return analyze(text).map((token) => text.slice(token.start, token.end));
}

describe('analyze', () => {
  it('gives every word its normalized form, stem and span in the original text', () => {
    const text = 'أعلنت الحكومةُ';
    const tokens: Token[] = analyze(text);
    assert.deepEqual(tokens, [
      { exact: 'اعلنت', stem: 'اعلنت', start: 0, end: 5 },
      { exact: 'الحكومه', stem: 'حكوم', start: 6, end: 14 },
    ]);
    assert.equal(text, 'أعلنت الحكومةُ', 'the text is never modified');
  });

  it('never splits a word at a diacritic, and includes trailing diacritics in the span', () => {
    const text = 'كَتَبَ الوَلَدُ';
    assert.deepEqual(exacts(text), ['كتب', 'الولد']);
    assert.deepEqual(spans(text), ['كَتَبَ', 'الوَلَدُ']);
  });

  it('never splits a word at a decomposed hamza, which reads like أ', () => {
    const text = 'ا\u0654علنت';
    assert.deepEqual(exacts(text), ['اعلنت']);
    assert.deepEqual(spans(text), [text]);
  });

  it('never splits a word at tatweel or Quranic marks', () => {
    assert.deepEqual(exacts('عامـــة الرحيم\u06d6'), ['عامه', 'الرحيم']);
  });

  it('splits at Arabic punctuation ، ؛ ؟ « » and the Arabic full stop', () => {
    assert.deepEqual(exacts('أولا،ثانيا؛ثالثا؟«رابعا»خامسا۔سادسا'), [
      'اولا',
      'ثانيا',
      'ثالثا',
      'رابعا',
      'خامسا',
      'سادسا',
    ]);
  });

  it('splits at every other punctuation mark and space', () => {
    assert.deepEqual(exacts('قال:"نعم"-لا (ربما)\tأبدا\nغدا'), ['قال', 'نعم', 'لا', 'ربما', 'ابدا', 'غدا']);
  });

  it('splits a word mixing Arabic and Latin letters at the script boundary', () => {
    const text = 'ب epithelialن';
    assert.deepEqual(exacts(text), ['ب', 'epithelial', 'ن']);
    assert.deepEqual(spans(text), ['ب', 'epithelial', 'ن']);
    assert.deepEqual(exacts('بيانKeyword'), ['بيان', 'keyword']);
  });

  it('keeps digits with the letters around them', () => {
    assert.deepEqual(exacts('G20 ٢٠١٨م'), ['g20', '2018م']);
  });

  it('lower-cases Latin words and does not stem them', () => {
    assert.deepEqual(analyze('CNN Reports'), [
      { exact: 'cnn', stem: 'cnn', start: 0, end: 3 },
      { exact: 'reports', stem: 'reports', start: 4, end: 11 },
    ]);
  });

  it('reads presentation forms, with the span of the original character', () => {
    const text = 'ﻻ ﷲ';
    assert.deepEqual(exacts(text), ['لا', 'الله']);
    assert.deepEqual(spans(text), ['ﻻ', 'ﷲ']);
  });

  it('counts spans in UTF-16 code units, including around supplementary-plane characters', () => {
    const text = '😀 سلام 𝐀𝐁';
    const tokens = analyze(text);
    assert.deepEqual(
      tokens.map(({ start, end }) => [start, end]),
      [
        [3, 7],
        [8, 12],
      ],
    );
    assert.equal(text.slice(3, 7), 'سلام');
  });

  it('returns nothing for text without letters or digits', () => {
    assert.deepEqual(analyze(' ،؛؟ «» ... '), []);
  });
});
