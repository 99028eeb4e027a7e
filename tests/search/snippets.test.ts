import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedDocuments } from './fixtures/seedDocuments';
import { doc, indexOf } from './fixtures/smallIndex';

const LONG = [
  'بدأت الجلسة صباحا في القاعة الكبرى بحضور عدد من المسؤولين والخبراء.',
  'وتحدث المشاركون عن الاقتصاد والتعليم والصحة وعن خطط السنوات المقبلة بالتفصيل.',
  'ثم قال حفتر إن الاتفاق سيحمي الحدود وإن القوات ستعمل معا في الأيام المقبلة.',
  'وناقش الحضور أيضا قضايا المياه والطاقة والنقل والزراعة في الجنوب.',
  'وفي الختام عبر المنظمون عن شكرهم للضيوف ووعدوا بلقاء جديد في الخريف.',
  'وأكد مصدر مطلع أن مصراتة ستستضيف الاجتماع المقبل بين الأطراف كلها.',
  'وأضاف المصدر أن الترتيبات اللوجستية تجري على قدم وساق منذ أسابيع.',
  'وذكر بيان ختامي أن حفتر سيزور المدينة قريبا للقاء قادتها.',
].join(' ');

describe('snippets and hit spans', () => {
  const { index, texts } = indexOf([doc('long', LONG), doc('titled', 'نص لا يذكر الكلمة', { title: 'مصراتة اليوم' })]);

  it('gives at most three windows of about 200 characters of the stored text, in text order', () => {
    const [hit] = index.search({ query: 'حفتر مصراتة' }).hits;
    assert.ok(hit);
    assert.ok(hit.snippets.length >= 1 && hit.snippets.length <= 3);
    let previousEnd = 0;
    for (const snippet of hit.snippets) {
      assert.equal(snippet.text, LONG.slice(snippet.start, snippet.end));
      assert.ok(snippet.end - snippet.start <= 260, `window of ${snippet.end - snippet.start}`);
      assert.ok(snippet.start >= previousEnd, 'windows do not overlap and come in order');
      previousEnd = snippet.end;
    }
  });

  it('cuts windows at word boundaries', () => {
    const [hit] = index.search({ query: 'حفتر مصراتة' }).hits;
    for (const snippet of hit!.snippets) {
      assert.ok(snippet.start === 0 || /\s/.test(LONG[snippet.start - 1]!), `starts inside a word: ${snippet.text}`);
      assert.ok(snippet.end === LONG.length || /\s/.test(LONG[snippet.end]!), `ends inside a word: ${snippet.text}`);
    }
  });

  it('highlights with absolute offsets into the stored text, inside their window', () => {
    const [hit] = index.search({ query: 'حفتر مصراتة' }).hits;
    const words = new Set<string>();
    for (const snippet of hit!.snippets) {
      for (const { start, end } of snippet.highlights) {
        assert.ok(start >= snippet.start && end <= snippet.end);
        words.add(LONG.slice(start, end));
      }
    }
    assert.deepEqual([...words].sort(), ['حفتر', 'مصراتة'], 'both words are shown before either is shown twice');
  });

  it('shows the opening of the text when only the title matched', () => {
    const [hit] = index.search({ query: 'title:مصراتة' }).hits;
    assert.equal(hit!.id, 'titled');
    const text = texts.get('titled')!;
    assert.deepEqual(hit!.snippets, [
      { start: 0, end: text.length, text, highlights: [], startsText: true, endsText: true },
    ]);
  });

  it('says whether a window starts or ends the text, so no ellipsis is shown where nothing was cut', () => {
    const text =
      '\nحفتر يصل إلى طرابلس. ' + 'وتحدث المشاركون عن الاقتصاد والتعليم والصحة بالتفصيل. '.repeat(12) + 'ثم غادر.\n';
    const { index: small } = indexOf([doc('opening', text)]);
    const [opening] = small.search({ query: 'حفتر' }).hits[0]!.snippets;
    assert.equal(opening!.startsText, true, 'a window at the first word of the text, after a line break');
    assert.equal(opening!.endsText, false);
    const [closing] = small.search({ query: 'غادر' }).hits[0]!.snippets;
    assert.equal(closing!.startsText, false);
    assert.equal(closing!.endsText, true);
  });

  it('documentHits lists every hit in text order, phrases as one span', () => {
    const hits = index.documentHits('long', 'حفتر');
    assert.deepEqual(
      hits.map(({ start, end }) => LONG.slice(start, end)),
      ['حفتر', 'حفتر'],
    );
    assert.ok(hits[0]!.start < hits[1]!.start);
    const phrase = index.documentHits('long', '"قال حفتر"');
    assert.deepEqual(
      phrase.map(({ start, end }) => LONG.slice(start, end)),
      ['قال حفتر'],
    );
    assert.deepEqual(index.documentHits('nobody', 'حفتر'), []);
  });

  it('copes with hundreds of hits: three windows, every highlight inside its window', () => {
    const text = Array.from({ length: 600 }, (_, n) => `قال حفتر في البيان رقم ${n}.`).join(' ');
    const { index: many } = indexOf([doc('many', text)]);
    const [hit] = many.search({ query: 'حفتر' }).hits;
    assert.equal(hit!.snippets.length, 3);
    for (const snippet of hit!.snippets) {
      assert.ok(snippet.highlights.length > 0);
      for (const { start, end } of snippet.highlights) {
        assert.equal(text.slice(start, end), 'حفتر');
        assert.ok(start >= snippet.start && end <= snippet.end);
      }
    }
    assert.equal(many.documentHits('many', 'حفتر').length, 600);
  });

  it('highlights clitic and spelling variants by their span in the text, diacritics included', () => {
    const text = 'وَأَعْلَنَتْ الحكومةُ ثم أعلنت اللجنة';
    const { index: small } = indexOf([doc('x', text)]);
    assert.deepEqual(
      small.documentHits('x', 'اعلنت').map(({ start, end }) => text.slice(start, end)),
      ['وَأَعْلَنَتْ', 'أعلنت'],
    );
  });
});

describe('boilerplate', () => {
  const { index, texts } = indexOf(seedDocuments({ markBoilerplate: true }));

  it('is left out of matching', () => {
    assert.equal(index.search({ query: 'تعليقات' }).total, 0);
    assert.equal(index.search({ query: '"يمكنك ايضا قراءة الخبر"' }).total, 0);
    assert.deepEqual(index.documentHits('001', 'تعليقات'), []);
  });

  it('is left out of snippets', () => {
    const result = index.search({ query: 'المصدر OR ليبيا', limit: 10 });
    const hit = result.hits.find(({ id }) => id === '004')!;
    const text = texts.get('004')!;
    const chrome = text.indexOf('يمكنك ايضا قراءة الخبر');
    for (const snippet of hit.snippets) assert.ok(snippet.end <= chrome || snippet.start >= chrome + 30, snippet.text);
  });

  it('does not hide the same words elsewhere in the text', () => {
    assert.ok(index.search({ query: 'مصدر' }).hits.some(({ id }) => id === '004'));
  });
});
