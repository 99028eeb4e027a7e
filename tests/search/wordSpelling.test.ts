import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spellingIn } from '../../src-main/core/search/wordSpelling';

describe('a folded word spelt as a text writes it', () => {
  it('gives the first word of the text that folds to it, without its marks', () => {
    assert.equal(spellingIn('جاءت نتيجةُ المباراة، والنتيجة مفاجئة', 'نتيجه'), 'نتيجة');
    assert.equal(spellingIn('هذه أول مرة', 'اول'), 'أول');
    assert.equal(spellingIn('قال حَفـتر إن', 'حفتر'), 'حفتر');
  });

  it('prefers the word alone, else takes it from behind a conjunction, a preposition or the article', () => {
    assert.equal(spellingIn('والنتيجة مفاجئة، ونتيجة أخرى', 'نتيجه'), 'نتيجة');
    assert.equal(spellingIn('النتيجة ثم نتيجه', 'نتيجه'), 'نتيجه');
    assert.equal(spellingIn('أعلنت النتيجةَ اللجنة', 'نتيجه'), 'نتيجة');
    assert.equal(spellingIn('وبالإعلان صدر القرار', 'اعلان'), 'إعلان');
  });

  it('gives nothing when no word is it: a word that merely ends the same way is another', () => {
    assert.equal(spellingIn('استنتاج مهم', 'نتاج'), undefined);
    assert.equal(spellingIn('', 'نتيجه'), undefined);
  });
});
