import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArabic } from '../../src-main/core/arabic/normalizeArabic';

describe('normalizeArabic', () => {
  it('removes harakat U+064B–U+065F and superscript alef U+0670', () => {
    assert.equal(normalizeArabic('كَتَبَ الوَلَدُ'), 'كتب الولد');
    assert.equal(normalizeArabic('مُحَمَّدٌ'), 'محمد');
    assert.equal(normalizeArabic('هٰذا'), 'هذا');
    assert.equal(normalizeArabic('\u0627\u064b\u065f'), 'ا');
  });

  it('removes Quranic marks U+06D6–U+06ED and U+0610–U+061A', () => {
    assert.equal(normalizeArabic('الرحيم\u06d6'), 'الرحيم');
    assert.equal(normalizeArabic('قل\u06ed'), 'قل');
    assert.equal(normalizeArabic('محمد\u0610'), 'محمد');
    assert.equal(normalizeArabic('محمد\u061a'), 'محمد');
  });

  it('removes tatweel', () => {
    assert.equal(normalizeArabic('عامـــــة'), 'عامه');
  });

  it('folds أ إ آ ٱ to ا', () => {
    assert.equal(normalizeArabic('أعلن إعلان آخر ٱلله'), 'اعلن اعلان اخر الله');
  });

  it('folds ى to ي and ة to ه', () => {
    assert.equal(normalizeArabic('مستشفى'), 'مستشفي');
    assert.equal(normalizeArabic('مدرسة'), 'مدرسه');
  });

  it('folds Persian and Urdu ی ک ھ to ي ك ه', () => {
    assert.equal(normalizeArabic('\u06cc\u06a9\u06be'), 'يكه');
  });

  it('turns Arabic-Indic and Eastern Arabic-Indic digits into ASCII digits', () => {
    assert.equal(normalizeArabic('٠١٢٣٤٥٦٧٨٩'), '0123456789');
    assert.equal(normalizeArabic('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
  });

  it('lower-cases Latin letters', () => {
    assert.equal(normalizeArabic('BBC Arabic'), 'bbc arabic');
  });

  it('expands presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) with NFKC', () => {
    assert.equal(normalizeArabic('\ufefb'), 'لا');
    assert.equal(normalizeArabic('\ufdf2'), 'الله');
    assert.equal(normalizeArabic('\ufe8d\ufedf'), 'ال');
    assert.equal(normalizeArabic('\ufe91\ufe8e\ufe91'), 'باب');
  });

  it('drops isolated harakat presentation forms instead of leaving a space', () => {
    assert.equal(normalizeArabic('كتب\ufe70'), 'كتب');
  });

  it('leaves characters outside the presentation ranges alone (no general NFKC)', () => {
    assert.equal(normalizeArabic('ﬁ ²'), 'ﬁ ²');
  });

  it('folds decomposed hamza above like the precomposed letters', () => {
    assert.equal(normalizeArabic('\u0627\u0654علنت'), normalizeArabic('أعلنت'));
    assert.equal(normalizeArabic('مسو\u0654ول'), 'مسؤول');
    assert.equal(normalizeArabic('مسؤول'), 'مسؤول');
    assert.equal(normalizeArabic('شي\u0654'), 'شئ');
    assert.equal(normalizeArabic('\u0627\u0655سلام'), 'اسلام');
  });

  it('keeps spaces and punctuation, so the result still reads like the input', () => {
    assert.equal(normalizeArabic('قال: «نعم»، ثم؟'), 'قال: «نعم»، ثم؟');
  });
});
