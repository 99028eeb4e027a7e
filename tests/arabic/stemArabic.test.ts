import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stemArabic } from '../../src-main/core/arabic/stemArabic';

describe('stemArabic (light10)', () => {
  it('strips the conjunction و when three letters remain', () => {
    assert.equal(stemArabic('وقال'), 'قال');
    assert.equal(stemArabic('وقت'), 'وقت');
  });

  it('strips one article: ال وال بال كال فال لل', () => {
    assert.equal(stemArabic('الكتاب'), 'كتاب');
    assert.equal(stemArabic('والكتاب'), 'كتاب');
    assert.equal(stemArabic('بالكتاب'), 'كتاب');
    assert.equal(stemArabic('كالكتاب'), 'كتاب');
    assert.equal(stemArabic('فالكتاب'), 'كتاب');
    assert.equal(stemArabic('للكتاب'), 'كتاب');
  });

  it('strips the conjunction before an article', () => {
    assert.equal(stemArabic('وللكتاب'), 'كتاب');
    assert.equal(stemArabic('وبالكتاب'), 'كتاب');
  });

  it('keeps an article when fewer than two letters would remain', () => {
    assert.equal(stemArabic('الف'), 'الف');
    assert.equal(stemArabic('الد'), 'الد');
  });

  it('strips the suffixes ها ان ات ون ين يه ية ه ة ي in order (ية and ة arrive normalized to يه and ه)', () => {
    assert.equal(stemArabic('كتابها'), 'كتاب');
    assert.equal(stemArabic('كتابان'), 'كتاب');
    assert.equal(stemArabic('مدرسات'), 'مدرس');
    assert.equal(stemArabic('معلمون'), 'معلم');
    assert.equal(stemArabic('معلمين'), 'معلم');
    assert.equal(stemArabic('اقتصاديه'), 'اقتصاد');
    assert.equal(stemArabic('كتابه'), 'كتاب');
    assert.equal(stemArabic('عربي'), 'عرب');
  });

  it('keeps a suffix when fewer than two letters would remain', () => {
    assert.equal(stemArabic('فيه'), 'في');
    assert.equal(stemArabic('به'), 'به');
    assert.equal(stemArabic('ان'), 'ان');
  });

  it('strips prefix and suffix together', () => {
    assert.equal(stemArabic('والمعلمون'), 'معلم');
    assert.equal(stemArabic('الاجتماعات'), 'اجتماع');
  });

  it('leaves words with digits or Latin letters alone', () => {
    assert.equal(stemArabic('2018م'), '2018م');
    assert.equal(stemArabic('والkeyword'), 'والkeyword');
  });
});
