import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, ids, indexOf } from './fixtures/smallIndex';

/** Unrelated reports, so that idf behaves as in a real corpus. */
const FILLER = [
  'ارتفعت أسعار النفط في الأسواق العالمية اليوم',
  'فاز الفريق بالمباراة النهائية في البطولة',
  'كشفت الشركة عن هاتف جديد في المعرض',
  'هطلت أمطار غزيرة على المدينة أمس',
  'افتتح المتحف معرضا للفنون الحديثة',
  'تراجعت البورصة بعد قرار البنك المركزي',
].map((text, n) => doc(`filler-${n}`, text));

describe('ranking', () => {
  it('ranks a document with the exact form above one that matches only through the stem', () => {
    const { index } = indexOf([
      doc('stem-only', 'عقد اجتماع مهم في المدينة القديمة'),
      doc('exact', 'عقد الاجتماع مهم في المدينة القديمة'),
      ...FILLER,
    ]);
    assert.deepEqual(ids(index.search({ query: 'الاجتماع' })), ['exact', 'stem-only']);
    assert.deepEqual(ids(index.search({ query: 'اجتماع' })), ['stem-only', 'exact']);
  });

  it('treats spelling variants (hamza, ة/ه, ى/ي, harakat, tatweel) as the exact form', () => {
    const { index } = indexOf([doc('a', 'أعلنت الحكومة المصرية مبادرة'), doc('b', 'اعلنت حكومه مصريه'), ...FILLER]);
    const result = index.search({ query: 'أَعْلَنَـــت حُكُومَة' });
    assert.deepEqual([...ids(result)].sort(), ['a', 'b']);
    assert.ok(result.hits.every((hit) => !hit.partial));
  });

  it('ranks the query words side by side above the same words far apart', () => {
    const { index } = indexOf([
      doc('apart', 'التقى خالد بالوفد في القاعة الكبرى ثم غادر وبعد ساعات وصل حفتر إلى المطار'),
      doc('adjacent', 'التقى خالد حفتر بالوفد في القاعة الكبرى ثم غادر وبعد ساعات وصل إلى المطار'),
      ...FILLER,
    ]);
    assert.deepEqual(ids(index.search({ query: 'خالد حفتر' })), ['adjacent', 'apart']);
  });

  it('ranks the words in query order above the same words reversed', () => {
    const { index } = indexOf([
      doc('reversed', 'قال حفتر خالد إن الاجتماع كان مثمرا'),
      doc('ordered', 'قال خالد حفتر إن الاجتماع كان مثمرا'),
      ...FILLER,
    ]);
    assert.deepEqual(ids(index.search({ query: 'خالد حفتر' })), ['ordered', 'reversed']);
  });

  it('requires every word: documents missing one are left out when others have them all', () => {
    const { index } = indexOf([doc('both', 'حفتر في مصراتة'), doc('one', 'حفتر في بنغازي'), ...FILLER]);
    const result = index.search({ query: 'حفتر مصراتة' });
    assert.deepEqual(ids(result), ['both']);
    assert.equal(result.partial, false);
    assert.equal(result.hits[0]!.partial, false);
  });

  it('returns the best partial matches, flagged, when no document has every word', () => {
    const { index } = indexOf([doc('two', 'حفتر في مصراتة اليوم'), doc('one', 'حفتر في بنغازي اليوم'), ...FILLER]);
    const result = index.search({ query: 'حفتر مصراتة زيمبابوي' });
    assert.equal(result.partial, true);
    assert.deepEqual(ids(result), ['two', 'one'], 'more matched words rank first');
    assert.ok(result.hits.every((hit) => hit.partial));
    assert.equal(result.total, 2);
  });

  it('finds nothing, and is not partial, when no word matches', () => {
    const { index } = indexOf(FILLER);
    const result = index.search({ query: 'زيمبابوي' });
    assert.deepEqual(result.hits, []);
    assert.equal(result.partial, false);
    assert.equal(result.total, 0);
  });

  it('ranks a document that also has the word in its title above one that has it in the text only', () => {
    const { index } = indexOf([
      doc('text-only', 'زار الوزير مصراتة أمس', { title: 'زيارة رسمية' }),
      doc('title-too', 'زار الوزير مصراتة أمس', { title: 'زيارة إلى مصراتة' }),
      doc('title-only', 'زار الوزير المدينة أمس', { title: 'مصراتة' }),
      ...FILLER,
    ]);
    const found = ids(index.search({ query: 'مصراتة' }));
    assert.equal(found[0], 'title-too');
    assert.deepEqual([...found].sort(), ['text-only', 'title-only', 'title-too']);
  });

  it('matches across clitics: a query with the article finds the word without it and with و', () => {
    const { index } = indexOf([doc('a', 'وصل وزير الخارجية'), doc('b', 'ووزير الداخلية غائب'), ...FILLER]);
    assert.deepEqual([...ids(index.search({ query: 'الوزير' }))].sort(), ['a', 'b']);
  });
});
