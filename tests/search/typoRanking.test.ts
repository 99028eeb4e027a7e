import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, ids, indexOf } from './fixtures/smallIndex';

describe('typo tolerance in ranking', () => {
  const filler = (n: number) => doc(`other-${n}`, `تقرير آخر عن النجم صلاح رقم ${n}`);
  const { index } = indexOf([
    doc('typed', 'هدف رائع سجله اللاعب صالح في المباراة'),
    doc('stem', 'أهداف رائعة سجلها اللاعبون صالحون في المباراة'),
    doc('reading', 'هدف رائع سجله اللاعب صلاح في المباراة'),
    ...Array.from({ length: 6 }, (_, n) => filler(n)),
  ]);

  it('ranks the word as typed, then its stem, above a reading of it as a commoner word', () => {
    const result = index.search({ query: 'صالح' });
    const order = ids(result);
    assert.ok(order.includes('reading'), order.join(' '));
    assert.ok(order.indexOf('typed') < order.indexOf('stem'), order.join(' '));
    assert.ok(order.indexOf('stem') < order.indexOf('reading'), order.join(' '));
    assert.ok(result.hits[0]!.score > result.hits[order.indexOf('reading')]!.score);
  });

  it('names the likeliest reading when only results below the page rely on it, spelled as a report writes it', () => {
    // The page holds the word as typed, yet seven of the nine results are there through «صلاح»:
    // a count of results with the words as typed, with nothing naming the others, would puzzle.
    const result = index.search({ query: 'صالح', limit: 2 });
    assert.deepEqual(ids(result), ['typed', 'stem']);
    assert.deepEqual(result.corrections, [
      { typed: 'صالح', readAs: 'صلاح', typedSpelling: 'صالح', readAsSpelling: 'صلاح' },
    ]);
    assert.equal(result.typedTotal, 2);
    // Where readings add nothing, nothing is named.
    const alone = indexOf([doc('a', 'اللاعب صالح'), doc('b', 'اللاعب صالح مرة أخرى')]).index;
    assert.equal(alone.search({ query: 'صالح', limit: 1 }).corrections, undefined);
  });

  it('counts apart the results that hold the words as typed, when readings add others', () => {
    // Found by an acceptance pass: a word in one report counted 6,034 results, all but one found
    // through its readings, and a page that showed only the one said nothing of the others.
    const page = index.search({ query: 'صالح', limit: 2 });
    assert.equal(page.total, 9, 'the seven reports with «صلاح» too');
    assert.equal(page.typedTotal, 2, 'the report with «صالح» and the one with «صالحون»');
    assert.equal(index.search({ query: 'صالح', exactSpelling: true }).typedTotal, undefined);
    // Nothing to tell apart where every result has the words as typed.
    assert.equal(index.search({ query: 'رائع' }).typedTotal, undefined);
    // Two words: of the reports with «صلاح», only one has «المباراة».
    const twoWords = index.search({ query: 'صالح المباراة' });
    assert.equal(twoWords.total, 3);
    assert.equal(twoWords.typedTotal, 2);
  });

  it('ranks a passage read through one corrected word above passages missing that word', () => {
    const result = index.search({ query: 'اللاعب صلاخ في المباراة' });
    assert.equal(ids(result)[0], 'reading');
    assert.deepEqual(result.corrections, [
      { typed: 'صلاخ', readAs: 'صلاح', typedSpelling: 'صلاخ', readAsSpelling: 'صلاح' },
    ]);
    assert.deepEqual(result.noticeCodes, ['typo-corrected']);
  });

  it('names the reading once the page shows a report that only the reading found', () => {
    const result = index.search({ query: 'صالح' });
    assert.equal(ids(result)[0], 'typed');
    assert.deepEqual(
      result.corrections?.map(({ typed, readAs }) => [typed, readAs]),
      [['صالح', 'صلاح']],
    );
  });

  it('spells a reading as the result that has it writes it, not folded, when the best result has the word as typed', () => {
    // «نتيجة» folds to «نتيجه»: the notice must not suggest the folded form.
    const { index: spelled } = indexOf([
      doc('typed', 'أعلنت اللجنة نطيجة الفحص في تقرير مطول عن نطيجة الفحص'),
      ...Array.from({ length: 5 }, (_, n) => doc(`meant-${n}`, `جاءت نتيجة المباراة مفاجئة رقم ${n}`)),
      ...Array.from({ length: 6 }, (_, n) => doc(`other-${n}`, `تقرير عن الطقس رقم ${n}`)),
    ]);
    const result = spelled.search({ query: 'نطيجة' });
    assert.equal(ids(result)[0], 'typed');
    assert.deepEqual(result.corrections, [
      { typed: 'نطيجه', readAs: 'نتيجه', typedSpelling: 'نطيجة', readAsSpelling: 'نتيجة' },
    ]);
    assert.match(result.notice ?? '', /«نتيجة»/);
    // With a page of one, the reading is named from a report below it, spelled as that report writes it.
    const onePage = spelled.search({ query: 'نطيجة', limit: 1 });
    assert.deepEqual(ids(onePage), ['typed']);
    assert.deepEqual(onePage.corrections, result.corrections);
  });

  it('never widens an exclusion to readings of it', () => {
    // «صالحون» goes with «صالح» (exclusions match stems), «صلاح» stays.
    const result = index.search({ query: 'المباراة -صالح' });
    assert.deepEqual(ids(result), ['reading']);
  });
});

describe('typo tolerance names the readings the results shown rely on', () => {
  // «ترمب» and «ترامب» are both written for one name; «ترامب» is the commoner, so «ترمب» is also
  // read as it. The report that only has «ترامب» is shown beside the one that has «ترمب»: the
  // notice must say why, whichever of the two ranks first.
  const { index } = indexOf([
    doc('typed', 'تحدث ترمب أمس عن التجارة والضرائب والهجرة ثم عن ملف كوريا في المساء'),
    doc('reading', 'ترامب كوريا: قال ترامب إن قمة ترامب كوريا ستعقد قريبا', { title: 'ترامب كوريا' }),
    ...Array.from({ length: 4 }, (_, n) => doc(`other-${n}`, `ترامب يتحدث عن الاقتصاد رقم ${n}`)),
    ...Array.from({ length: 6 }, (_, n) => doc(`filler-${n}`, `تقرير عن أحوال الطقس في المدينة رقم ${n}`)),
  ]);

  it('names the reading of a result shown, though another result has the word as typed', () => {
    const result = index.search({ query: 'ترمب كوريا' });
    assert.deepEqual([...ids(result)].sort(), ['reading', 'typed']);
    assert.deepEqual(
      result.corrections?.map(({ typed, readAs }) => [typed, readAs]),
      [['ترمب', 'ترامب']],
    );
  });
});

describe('typo tolerance weighs each reading by how likely it is', () => {
  // «نطيجة» is one look-alike letter from «نتيجة», found in five reports, and one plain
  // substitution from «نطيرة», found in one. Weighed alike, the rare reading's higher idf put
  // its report first; read as the typist likely meant, «نتيجة» comes first.
  const { index } = indexOf([
    ...Array.from({ length: 5 }, (_, n) => doc(`meant-${n}`, `جاءت نتيجة المباراة الأخيرة مفاجئة للجمهور رقم ${n}`)),
    doc('rare', 'قالت إن الحادثة نطيرة لما جرى في العام الماضي'),
    ...Array.from({ length: 20 }, (_, n) => doc(`other-${n}`, `تقرير عن أحوال الطقس في المدينة رقم ${n}`)),
  ]);

  it('ranks the reports of the likelier reading first, and names it', () => {
    const result = index.search({ query: 'نطيجة', limit: 3 });
    assert.ok(
      ids(result).every((id) => id.startsWith('meant-')),
      `first three: ${ids(result).join(' ')}`,
    );
    // Folded for the program; spelt as typed and as the best report writes it, for the notice.
    assert.deepEqual(result.corrections, [
      { typed: 'نطيجه', readAs: 'نتيجه', typedSpelling: 'نطيجة', readAsSpelling: 'نتيجة' },
    ]);
  });

  it('still finds the less likely reading, below the likelier one', () => {
    const order = ids(index.search({ query: 'نطيجة', limit: 20 }));
    assert.ok(order.includes('rare'), order.join(' '));
    assert.ok(order.indexOf('rare') > order.indexOf('meant-0'), order.join(' '));
  });

  it('never lets a rarer reading outrank a likelier one by its rarity alone', () => {
    // «مذار» is one look-alike letter from «مزار» (20 reports) and from «مدار» (16): «مدار» is a
    // little less likely, and its idf a little higher; weighed by its likelihood alone, the higher
    // idf would still put its reports first.
    const { index: alike } = indexOf([
      ...Array.from({ length: 20 }, (_, n) => doc(`likelier-${n}`, `زيارة مزار قديم رقم ${n}`)),
      ...Array.from({ length: 16 }, (_, n) => doc(`rarer-${n}`, `دوران مدار قديم رقم ${n}`)),
      ...Array.from({ length: 4 }, (_, n) => doc(`other-${n}`, `تقرير عن الطقس رقم ${n}`)),
    ]);
    const result = alike.search({ query: 'مذار', limit: 40 });
    const order = ids(result);
    assert.ok(order[0]!.startsWith('likelier-'), order.join(' '));
    assert.ok(order.indexOf('rarer-0') > order.indexOf('likelier-19'), order.join(' '));
  });

  it('weighs a less likely reading by its likelihood, however its reports fare in length and counts', () => {
    // «مذار» is one look-alike letter from «مزار» (20 reports) and one plain substitution from the
    // commoner «مطار» (25): «مطار» is about a quarter as likely. Its short reports, which say it
    // three times, would otherwise rank first.
    const { index: unequal } = indexOf([
      ...Array.from({ length: 20 }, (_, n) => doc(`likelier-${n}`, `زيارة مزار قديم في وسط المدينة القديمة رقم ${n}`)),
      ...Array.from({ length: 25 }, (_, n) => doc(`commoner-${n}`, `مطار مطار مطار ${n}`)),
      ...Array.from({ length: 5 }, (_, n) => doc(`other-${n}`, `تقرير عن الطقس رقم ${n}`)),
    ]);
    const order = ids(unequal.search({ query: 'مذار', limit: 50 }));
    assert.ok(order[0]!.startsWith('likelier-'), order.join(' '));
    assert.ok(order.indexOf('commoner-0') > order.indexOf('likelier-19'), order.join(' '));
  });

  it('gives the likeliest reading the rank its word would have as typed, in the title too', () => {
    // «حفتر» in the text of twelve reports and in the title alone of one: typed, that one ranks
    // first; read from «حفطر», so must it.
    const { index: titled } = indexOf([
      ...Array.from({ length: 12 }, (_, n) => doc(`text-${n}`, `عاد المشير حفتر إلى المدينة رقم ${n}`)),
      doc('title', 'تقرير عن عودة القائد إلى المدينة', { title: 'حفتر' }),
      ...Array.from({ length: 40 }, (_, n) => doc(`other-${n}`, `تقرير عن الطقس رقم ${n}`)),
    ]);
    assert.equal(ids(titled.search({ query: 'حفتر', limit: 1 }))[0], 'title');
    assert.equal(ids(titled.search({ query: 'حفطر', limit: 1 }))[0], 'title');
  });

  it('leaves the readings alike when other words of the query can tell them apart', () => {
    // «مذار القاهرة»: «مزار» is by far the likelier reading, and 1,100 reports hold it with
    // «القاهرة»; one holds «مطار القاهرة», the words side by side. Weighed by likelihood, that
    // report fell out of the candidates the proximity re-ranks; alike, its run puts it first.
    const { index: crowded } = indexOf([
      ...Array.from({ length: 1_100 }, (_, n) => doc(`shrine-${n}`, `زيارة مزار قديم ثم العودة إلى القاهرة رقم ${n}`)),
      doc('airport', 'هبطت الطائرة في مطار القاهرة صباحا'),
    ]);
    assert.equal(ids(crowded.search({ query: 'مذار القاهرة', limit: 10 }))[0], 'airport');
  });

  it('names the typed word as the word searched spells it, not as a phrase beside it does', () => {
    const { index: spelt } = indexOf([
      doc('meant', 'أعلنت اللجنة نتيجةَ المسابقة'),
      ...Array.from({ length: 5 }, (_, n) => doc(`other-${n}`, `تقرير عن الطقس رقم ${n}`)),
    ]);
    const result = spelt.search({ query: '"نطيجه النهائية" OR نطيجة', limit: 5 });
    assert.deepEqual(result.corrections, [
      { typed: 'نطيجه', readAs: 'نتيجه', typedSpelling: 'نطيجة', readAsSpelling: 'نتيجة' },
    ]);
  });
});
