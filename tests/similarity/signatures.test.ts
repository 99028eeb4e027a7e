import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countSharedPassages,
  distinctShingles,
  hashWord,
  packSimilarity,
  shingleSequence,
  SimilarityIndex,
  textWords,
  unpackSimilarity,
  winnow,
  WORD_BREAK,
} from '../../src-main/core/similarity';
import { fillerText } from '../helpers/fillerText';
import { seededRandom } from '../helpers/seededRandom';

const passage12 = 'وصل الوفد العسكري القادم من مصراتة إلى مدينة سرت صباح الأحد لبحث تشكيل القوة';

describe('shingles and winnowing', () => {
  it('a break in the words stops shingles from spanning it', () => {
    const words = Uint32Array.from([1, 2, 3, 4, 5, 6, WORD_BREAK, 7, 8, 9, 10, 11]);
    const shingles = shingleSequence(words);
    assert.equal(shingles.filter((shingle) => shingle !== 0xffffffff).length, 2 + 1);
    assert.equal(shingleSequence(Uint32Array.from([1, 2, 3, 4])).length, 0);
  });

  it('clitics and spelling variants give the same words (stems of normalized forms)', () => {
    assert.deepEqual(textWords('وقال الرئيس إن الاجتماع'), textWords('قال رئيس ان اجتماع'));
    assert.notDeepEqual(textWords('قال الرئيس'), textWords('قال الوزير'));
  });

  it('boilerplate words are left out, as a break', () => {
    const text = 'قال الرئيس في سرت\nتعليقات\nوصل الوفد';
    const start = text.indexOf('تعليقات');
    const words = textWords(text, [{ start, end: start + 'تعليقات'.length }]);
    assert.equal(words.length, 4 + 1 + 2);
    assert.equal(words[4], WORD_BREAK);
    assert.ok(!words.includes(hashWord('تعليق')));
  });

  it('any passage of 12 words shared by two unrelated texts shares a fingerprint', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const a = textWords(`${fillerText(seed, 150 + seed)} ${passage12} ${fillerText(seed + 100, 90)}`);
      const b = textWords(`${fillerText(seed + 200, 30 + seed * 3)} ${passage12} ${fillerText(seed + 300, 200)}`);
      const theirs = winnow(shingleSequence(b));
      const shared = [...winnow(shingleSequence(a))].filter((fingerprint) => theirs.includes(fingerprint));
      assert.ok(shared.length >= 1, `seed ${seed}`);
    }
  });

  it('counts maximal shared passages of at least 8 words', () => {
    const common = 'أعلن الجيش الوطني الليبي تشكيل قوة مشتركة مع قادة مصراتة';
    const other = 'واتفق الطرفان على منع الهجرة غير الشرعية ومكافحة الإرهاب في الجنوب';
    const a = shingleSequence(
      textWords(`${fillerText(1, 40)} ${common} ${fillerText(2, 40)} ${other} ${fillerText(3, 20)}`),
    );
    const b = distinctShingles(shingleSequence(textWords(`${other} ${fillerText(4, 60)} ${common}`)));
    assert.equal(countSharedPassages(a, b), 2);
    const short = distinctShingles(
      shingleSequence(textWords(`${fillerText(5, 30)} أعلن الجيش الوطني الليبي تشكيل قوة ${fillerText(6, 30)}`)),
    );
    assert.equal(countSharedPassages(a, short), 0, 'six shared words are not a passage');
  });
});

describe('SimilarityIndex', () => {
  const texts = new Map<string, string>();
  const words = (id: string) => {
    const text = texts.get(id);
    return text === undefined ? undefined : textWords(text);
  };
  const base = `${fillerText(10, 120)} ${passage12} ${fillerText(11, 120)}`;
  texts.set('original', base);
  texts.set('copy', base.replace(fillerText(11, 120), fillerText(12, 120)));
  texts.set('quote', `${fillerText(13, 300)} ${passage12} ${fillerText(14, 100)}`);
  texts.set('unrelated', fillerText(15, 250));

  function build(): SimilarityIndex {
    const index = new SimilarityIndex({ wordsOf: words });
    for (const id of texts.keys()) index.add(id, words(id)!);
    return index;
  }

  it('ranks by the share of text in common and counts passages', () => {
    const hits = build().similar('original', 10)!;
    assert.deepEqual(
      hits.map((hit) => hit.id),
      ['copy', 'quote'],
    );
    // The copy keeps the first 132 of its 252 words: about half its five-word runs.
    assert.ok(hits[0]!.textShare > 0.45 && hits[0]!.textShare < 0.6, String(hits[0]!.textShare));
    assert.ok(hits[0]!.similarity >= hits[0]!.textShare);
    assert.ok(hits[1]!.similarity < hits[0]!.similarity);
    assert.equal(hits[0]!.sharedPassages, 1);
    assert.equal(hits[1]!.sharedPassages, 1);
    assert.equal(build().similar('missing', 10), undefined);
  });

  it('puts the report that took a paragraph above one that shares a sentence and every name', () => {
    const names = fillerText(30, 20).split(' ');
    const random = seededRandom(31);
    const shuffled = () => [...names].sort(() => random() - 0.5).join(' ');
    const paragraph = fillerText(32, 40);
    const story = new Map<string, string>([
      [
        'report',
        `${fillerText(33, 150)} ${shuffled()} ${shuffled()} ${shuffled()} ${passage12} ${paragraph} ${fillerText(34, 100)}`,
      ],
      // Took the 40-word paragraph, and nothing else.
      ['reprint', `${fillerText(35, 200)} ${paragraph} ${fillerText(36, 100)}`],
      // Another outlet on the same story: the same names, often, and one shared 12-word sentence.
      [
        'same-story',
        `${fillerText(37, 100)} ${shuffled()} ${shuffled()} ${shuffled()} ${passage12} ${fillerText(38, 100)}`,
      ],
    ]);
    const index = new SimilarityIndex({ wordsOf: (id) => textWords(story.get(id) ?? '') });
    for (const id of story.keys()) index.add(id, textWords(story.get(id)!));
    const hits = index.similar('report', 10)!;
    const byId = new Map(hits.map((hit) => [hit.id, hit]));
    assert.ok(byId.get('same-story')!.similarity > byId.get('reprint')!.similarity, 'the names make it more alike');
    assert.ok(byId.get('reprint')!.textShare > byId.get('same-story')!.textShare);
    assert.deepEqual(
      hits.map((hit) => hit.id),
      ['reprint', 'same-story'],
    );
  });

  it('follows a replaced and a removed document', () => {
    const index = build();
    index.add('copy', words('unrelated')!);
    assert.deepEqual(
      index.similar('original', 10)!.map((hit) => hit.id),
      ['quote'],
    );
    assert.equal(index.remove('quote'), true);
    assert.deepEqual(index.similar('original', 10), []);
    assert.equal(index.size, 3);
  });

  it('clusters near-duplicates, and honours the date window', () => {
    const index = new SimilarityIndex({ wordsOf: words });
    index.add('original', words('original')!, 100);
    index.add('copy', words('copy')!, 103);
    index.add('unrelated', words('unrelated')!, 100);
    assert.deepEqual(index.clusters({ minSimilarity: 0.4 }), [['original', 'copy']]);
    assert.deepEqual(index.clusters({ minSimilarity: 0.4, days: 2 }), []);
    assert.deepEqual(index.clusters({ minSimilarity: 0.4, days: 3 }), [['original', 'copy']]);
  });

  it('clusters step by step over the index as it was at the first step', () => {
    const index = new SimilarityIndex({ wordsOf: words });
    index.add('original', words('original')!, 100);
    index.add('copy', words('copy')!, 103);
    index.add('unrelated', words('unrelated')!, 100);
    const steps = index.clusterSteps({ minSimilarity: 0.4 });
    let taken = 0;
    assert.equal(steps.next().done, false);
    taken++;
    // Changes between steps: the steps still see the three reports, the next call sees the change.
    index.remove('copy');
    index.add('quote', words('quote')!, 100);
    index.similar('original', 10);
    let step = steps.next();
    for (; !step.done; step = steps.next()) taken++;
    assert.deepEqual(step.value, [['original', 'copy']]);
    assert.ok(taken >= 3, `one step a report at least (took ${taken})`);
    assert.deepEqual(index.clusters({ minSimilarity: 0.4 }), []);
  });

  it('round-trips through a snapshot, and refuses a damaged one', () => {
    const index = build();
    const restored = new SimilarityIndex({ wordsOf: words });
    const snapshot = unpackSimilarity(packSimilarity(index, 'corpus-1'));
    assert.equal(snapshot.fingerprint, 'corpus-1');
    for (const { id, day, signature } of snapshot.documents) restored.addSignature(id, signature, day);
    assert.deepEqual(restored.similar('original', 10), index.similar('original', 10));
    const bytes = packSimilarity(index, 'corpus-1');
    assert.throws(() => unpackSimilarity(bytes.subarray(0, bytes.length - 4)), /wrong length/);
  });
});
