import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, ids, indexOf } from './fixtures/smallIndex';

describe('a stem too short to tell a word from others', () => {
  // light10 takes «كلية» to «كل», the stem of «كل», «بكل» and «الكل» too: through it, «كلية» matched
  // nearly every report.
  const { index } = indexOf([
    doc('word', 'افتتحت كلية الطب مختبرا جديدا'),
    doc('article', 'تخرج الطلاب من الكلية هذا العام'),
    doc('conjunction', 'وقال العميد إن والكلية ستفتح أبوابها'),
    ...Array.from({ length: 12 }, (_, n) => doc(`every-${n}`, `قال إن كل شيء على ما يرام وبكل هدوء رقم ${n}`)),
  ]);

  it('matches the word with its leading letters, not the other words of its stem', () => {
    const result = index.search({ query: 'كلية', exactSpelling: true });
    assert.deepEqual([...ids(result)].sort(), ['article', 'conjunction', 'word']);
  });

  it('highlights the word, not the other words of its stem, in a report that has both', () => {
    const text = 'قال إن كل طالب في الكلية نجح';
    const { index: both } = indexOf([doc('both', text)]);
    const [hit] = both.search({ query: 'كلية', exactSpelling: true }).hits;
    // Highlights are offsets into the stored text.
    const marked = hit!.snippets.flatMap((snippet) =>
      snippet.highlights.map((span) => text.slice(span.start, span.end)),
    );
    assert.deepEqual(marked, ['الكلية']);
  });

  it("finds the word after letters of a prefix that are the stem's letters too", () => {
    // «الإلى» (the article on «إلى», as a hurried typist may write it) folds to «الالي»: its stem
    // «ال» stands twice, and the word is the one after the article.
    const { index: prefixed } = indexOf([
      doc('meant', 'سافر الوفد إلى القاهرة صباحا'),
      ...Array.from({ length: 5 }, (_, n) => doc(`article-${n}`, `الاقتصاد والسياسة رقم ${n}`)),
    ]);
    assert.deepEqual(ids(prefixed.search({ query: 'الإلى', exactSpelling: true })), ['meant']);
  });

  it('keeps a stem of three letters or more as it was: every spelling of it matches', () => {
    const { index: longer } = indexOf([doc('plural', 'عقد الاجتماعات في القاهرة'), doc('other', 'تقرير عن الطقس')]);
    assert.deepEqual(ids(longer.search({ query: 'الاجتماع', exactSpelling: true })), ['plural']);
  });
});
