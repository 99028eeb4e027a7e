import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { seedDocuments } from './fixtures/seedDocuments';
import { doc, ids, indexOf } from './fixtures/smallIndex';

describe('incremental indexing', () => {
  it('adds documents one at a time: has, size and search follow', () => {
    const { index, texts } = indexOf([]);
    assert.equal(index.size, 0);
    assert.equal(index.has('a'), false);
    texts.set('a', 'زار الوزير طرابلس');
    index.add(doc('a', 'زار الوزير طرابلس'));
    assert.equal(index.size, 1);
    assert.equal(index.has('a'), true);
    assert.deepEqual(ids(index.search({ query: 'طرابلس' })), ['a']);
  });

  it('update replaces a document: its new words match, its old words no longer do', () => {
    const { index, texts } = indexOf([doc('a', 'زار الوزير طرابلس'), doc('b', 'زار الوزير بنغازي')]);
    texts.set('a', 'زار الوزير مصراتة');
    index.update(doc('a', 'زار الوزير مصراتة'));
    assert.equal(index.size, 2);
    assert.deepEqual(ids(index.search({ query: 'مصراتة' })), ['a']);
    assert.deepEqual(ids(index.search({ query: 'طرابلس' })), []);
    assert.deepEqual([...ids(index.search({ query: 'الوزير' }))].sort(), ['a', 'b']);
  });

  it('add with an id already indexed replaces it too', () => {
    const { index } = indexOf([doc('a', 'طرابلس')]);
    index.add(doc('a', 'بنغازي'));
    assert.equal(index.size, 1);
    assert.deepEqual(ids(index.search({ query: 'طرابلس' })), []);
    assert.deepEqual(ids(index.search({ query: 'بنغازي' })), ['a']);
  });

  it('remove takes a document out of every result', () => {
    const { index } = indexOf([doc('a', 'حفتر في بنغازي'), doc('b', 'حفتر في سرت')]);
    assert.equal(index.remove('a'), true);
    assert.equal(index.remove('a'), false);
    assert.equal(index.has('a'), false);
    assert.equal(index.size, 1);
    assert.deepEqual(ids(index.search({ query: 'حفتر' })), ['b']);
    assert.deepEqual(ids(index.search({ query: 'بنغازي' })), []);
    assert.deepEqual(index.documentHits('a', 'حفتر'), []);
  });

  it('stays correct through many updates (stale postings are compacted away)', () => {
    const { index, texts } = indexOf([]);
    for (let round = 0; round < 40; round++) {
      for (let n = 0; n < 5; n++) {
        const text = `تقرير رقم ${n} عن الجولة ${round} في ${round % 2 === 0 ? 'طرابلس' : 'بنغازي'}`;
        texts.set(`d${n}`, text);
        index.update(doc(`d${n}`, text));
      }
      assert.equal(index.search({ query: 'تقرير' }).total, 5);
    }
    assert.equal(index.size, 5);
    assert.equal(index.search({ query: 'بنغازي' }).total, 5);
    assert.equal(index.search({ query: 'طرابلس' }).total, 0);
    assert.equal(index.search({ query: 'الجولة 39' }).total, 5);
    assert.equal(index.search({ query: '"الجولة 38"' }).total, 0);
  });

  it('indexes documents added before the first search (loaded in bulk) like those added after', () => {
    const documents = seedDocuments();
    const { index: bulk } = indexOf(documents);
    const { index: oneByOne, texts } = indexOf([]);
    for (const document of documents) {
      texts.set(document.id, document.text);
      oneByOne.add(document);
      oneByOne.search({ query: 'ليبيا' });
    }
    for (const query of ['حفتر', 'الاجتماع', '"خالد خليفة حفتر"', 'اجتم*', 'حفتر مصراتة', 'title:ليبيا']) {
      assert.deepEqual(oneByOne.search({ query }), bulk.search({ query }), query);
    }
  });

  it('keeps accepting updates and removals after a snapshot round trip', () => {
    const { index, texts } = indexOf([doc('a', 'حفتر في بنغازي'), doc('b', 'حفتر في سرت')]);
    const loaded = CorpusIndex.fromSnapshot(index.exportSnapshot(), { getText: (id) => texts.get(id) });
    texts.set('b', 'الحداد في طرابلس');
    loaded.update(doc('b', 'الحداد في طرابلس'));
    loaded.remove('a');
    texts.set('c', 'حفتر في مصراتة');
    loaded.add(doc('c', 'حفتر في مصراتة'));
    assert.deepEqual(ids(loaded.search({ query: 'حفتر' })), ['c']);
    assert.deepEqual(ids(loaded.search({ query: 'طرابلس' })), ['b']);
    assert.equal(loaded.size, 2);
  });
});
