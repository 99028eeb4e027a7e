import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, ids, indexOf } from './fixtures/smallIndex';

const DOCUMENTS = [
  doc('haftar-misrata', 'التقى خالد حفتر بقادة من مصراتة في سرت', {
    title: 'اجتماع سرت',
    source: 'BBC Arabic',
    date: '2018-02-20T01:44:01Z',
  }),
  doc('haftar-benghazi', 'خطب حفتر في بنغازي أمام زعماء القبائل', {
    title: 'خطاب في بنغازي',
    source: 'Sky News',
    date: '2018-03-05',
  }),
  doc('haddad', 'عقد محمد الحداد اجتماعات في طرابلس مع الأمم المتحدة', {
    title: 'اجتماعات طرابلس',
    source: 'France24',
    date: '2018-04-11',
  }),
  doc('reversed', 'قال حفتر خالد إن الاجتماعات انتهت', { title: 'تصريح', source: 'CNN' }),
  doc('undated', 'مصراتة مدينة ساحلية', { title: 'عن مصراتة' }),
];

describe('query operators on an index', () => {
  const { index } = indexOf(DOCUMENTS);
  const found = (query: string, request: Record<string, unknown> = {}) =>
    [...ids(index.search({ query, ...request }))].sort();

  it('words: every word is required', () => {
    assert.deepEqual(found('حفتر مصراتة'), ['haftar-misrata']);
  });

  it('"phrase": the words in that order, next to each other', () => {
    assert.deepEqual(found('"خالد حفتر"'), ['haftar-misrata']);
    assert.deepEqual(found('"حفتر خالد"'), ['reversed']);
    assert.deepEqual(found('"خالد مصراتة"'), []);
  });

  it('"phrase": insensitive to hamza, ة and diacritics, exact about clitics', () => {
    assert.deepEqual(found('"الامم المتحده"'), ['haddad']);
    assert.deepEqual(found('"أُمَم متحدة"'), []);
  });

  it('-word: excludes documents containing the word (in any spelling of its stem)', () => {
    assert.deepEqual(found('حفتر -مصراتة'), ['haftar-benghazi', 'reversed']);
    assert.deepEqual(found('حفتر -ومصراتة'), ['haftar-benghazi', 'reversed']);
    assert.deepEqual(found('حفتر -"خالد حفتر"'), ['haftar-benghazi', 'reversed']);
  });

  it('OR: either term satisfies the clause', () => {
    assert.deepEqual(found('بنغازي OR طرابلس'), ['haddad', 'haftar-benghazi']);
    assert.deepEqual(found('حفتر بنغازي OR سرت'), ['haftar-benghazi', 'haftar-misrata']);
  });

  it('prefix*: words, or stems, beginning with the prefix', () => {
    assert.deepEqual(found('اجتماع*'), ['haddad', 'haftar-misrata', 'reversed']);
    assert.deepEqual(found('طراب*'), ['haddad']);
  });

  it('source:NAME: case- and spelling-insensitive, a name matches its longer forms, quotes for spaces', () => {
    assert.deepEqual(found('حفتر source:bbc'), ['haftar-misrata']);
    assert.deepEqual(found('حفتر source:"sky news"'), ['haftar-benghazi']);
    assert.deepEqual(found('حفتر source:BBC source:CNN'), ['haftar-misrata', 'reversed']);
    assert.deepEqual(found('حفتر source:Sky'), ['haftar-benghazi']);
    assert.deepEqual(found('حفتر source:BB'), []);
  });

  it('sources from the request combine with source: in the query', () => {
    assert.deepEqual(found('حفتر', { sources: ['Sky News', 'CNN'] }), ['haftar-benghazi', 'reversed']);
    assert.deepEqual(found('حفتر source:CNN', { sources: ['Sky News', 'CNN'] }), ['reversed']);
  });

  it('title:word: only documents with the word in their title', () => {
    assert.deepEqual(found('مصراتة'), ['haftar-misrata', 'undated']);
    assert.deepEqual(found('title:مصراتة'), ['undated']);
    assert.deepEqual(found('title:"اجتماع سرت"'), ['haftar-misrata']);
  });

  it('after: and before: bound the calendar day, inclusively; undated documents drop out', () => {
    assert.deepEqual(found('حفتر OR مصراتة after:2018-03-05'), ['haftar-benghazi']);
    assert.deepEqual(found('حفتر OR مصراتة before:2018-02-20'), ['haftar-misrata']);
    assert.deepEqual(found('حفتر OR مصراتة OR الحداد after:2018-02-21 before:2018-04-11'), [
      'haddad',
      'haftar-benghazi',
    ]);
    assert.deepEqual(found('حفتر', { after: '2018-03-01' }), ['haftar-benghazi']);
  });

  it('filters alone list the matching documents, newest first', () => {
    const result = index.search({ query: 'after:2018-01-01' });
    assert.deepEqual(ids(result), ['haddad', 'haftar-benghazi', 'haftar-misrata']);
    assert.equal(result.total, 3);
  });

  it('an empty query finds nothing', () => {
    const result = index.search({ query: '   ' });
    assert.deepEqual(result.hits, []);
    assert.equal(result.notice, undefined);
  });

  it('a malformed query still searches what it can, with a notice', () => {
    const badDate = index.search({ query: 'حفتر after:2018-02-31' });
    assert.deepEqual([...ids(badDate)].sort(), ['haftar-benghazi', 'haftar-misrata', 'reversed']);
    assert.match(badDate.notice ?? '', /2018-02-31/);

    const unclosed = index.search({ query: 'التقى "خالد حفتر' });
    assert.deepEqual(ids(unclosed), ['haftar-misrata']);
    assert.match(unclosed.notice ?? '', /quotation mark/);

    const requestDate = index.search({ query: 'حفتر', before: 'soon' });
    assert.equal(requestDate.total, 3);
    assert.match(requestDate.notice ?? '', /soon/);
  });

  it('pages through results with offset and limit', () => {
    const all = ids(index.search({ query: 'حفتر' }));
    assert.equal(all.length, 3);
    const second = index.search({ query: 'حفتر', offset: 1, limit: 1 });
    assert.deepEqual(ids(second), [all[1]]);
    assert.equal(second.total, 3);
    assert.equal(second.offset, 1);
    assert.equal(second.limit, 1);
  });
});
