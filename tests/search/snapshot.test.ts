import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { seedDocuments } from './fixtures/seedDocuments';
import { doc, indexOf } from './fixtures/smallIndex';

const QUERIES = [
  'حفتر',
  'الاجتماع',
  'اعلنت',
  '"خَالِد خَلِيفَة حَفْتَر"',
  'حفتر مصراتة',
  'ليبيا -حفتر',
  'اجتم*',
  'title:اجتماع',
  'حفتر OR الحداد',
  'حفتر زيمبابوي',
  'source:Seeds',
  'after:2020-01-01',
];

describe('snapshot', () => {
  const documents = [
    ...seedDocuments({ markBoilerplate: true }).map((document, n) => ({
      ...document,
      source: n % 2 ? 'Seeds' : 'Other',
      date: `2025-0${n + 1}-15`,
    })),
    doc('extra', 'نص إضافي عن ليبيا'),
  ];

  it('is a record of strings', () => {
    const { index } = indexOf(documents);
    const snapshot = index.exportSnapshot();
    assert.ok(Object.keys(snapshot).length > 0);
    for (const value of Object.values(snapshot)) assert.equal(typeof value, 'string');
  });

  it('gives an index that answers every query identically, hit spans included', () => {
    const { index, texts } = indexOf(documents);
    index.remove('extra');
    const loaded = CorpusIndex.fromSnapshot(index.exportSnapshot(), { getText: (id) => texts.get(id) });
    assert.equal(loaded.size, index.size);
    for (const query of QUERIES) {
      assert.deepEqual(loaded.search({ query, limit: 50 }), index.search({ query, limit: 50 }), query);
      for (const { id } of documents)
        assert.deepEqual(loaded.documentHits(id, query), index.documentHits(id, query), `${id} ${query}`);
    }
    assert.equal(loaded.has('extra'), false);
  });

  it('survives being written and read back as JSON text', () => {
    const { index, texts } = indexOf(documents);
    const copy = JSON.parse(JSON.stringify(index.exportSnapshot())) as Record<string, string>;
    const loaded = CorpusIndex.fromSnapshot(copy, { getText: (id) => texts.get(id) });
    assert.deepEqual(loaded.search({ query: 'حفتر' }), index.search({ query: 'حفتر' }));
  });

  it('refuses a snapshot from another format version', () => {
    const { index } = indexOf(documents);
    const snapshot = index.exportSnapshot();
    const format = Object.keys(snapshot).find((key) => snapshot[key]!.includes('"version"'))!;
    const older = { ...snapshot, [format]: snapshot[format]!.replace(/"version":"[^"]*"/, '"version":"old"') };
    assert.throws(() => CorpusIndex.fromSnapshot(older, { getText: () => undefined }), /format/);
  });
});
