import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spellingIn } from '../../src-main/core/search/wordSpelling';

describe('a folded word spelt as a text writes it', () => {
  it('gives the first word of the text that folds to it, as it stands there', () => {
    assert.equal(spellingIn('جاءت نتيجةُ المباراة، والنتيجة مفاجئة', 'نتيجه'), 'نتيجةُ');
    assert.equal(spellingIn('هذه أول مرة', 'اول'), 'أول');
    assert.equal(spellingIn('قال حَفتر إن', 'حفتر'), 'حَفتر');
  });

  it('gives nothing when no word of the text folds to it: a word inside another is not it', () => {
    assert.equal(spellingIn('والنتيجة مفاجئة', 'نتيجه'), undefined);
    assert.equal(spellingIn('', 'نتيجه'), undefined);
  });
});
