import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Library } from '../../src-main/services/project/library';
import type { LibraryEntry } from '../../src-main/services/project/libraryEntry';
import { LibraryQuerySchema } from '../../src-main/api/librarySchemas';
import { normalizeArabic } from '../../src-main/core/arabic';

function entry(id: string, fields: Partial<LibraryEntry>): LibraryEntry {
  return {
    id,
    title: `تقرير ${id}`,
    path: `/corpus/${id}.txt`,
    origin: `/corpus/${id}.txt#0`,
    format: 'txt',
    encoding: 'utf-8',
    wordCount: 100,
    sha256: id.padEnd(64, '0'),
    importedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    boilerplate: [],
    warnings: [],
    ...fields,
  };
}

const list = (library: Library, query: object) =>
  library.list(LibraryQuerySchema.parse(query), (text) => normalizeArabic(text).toLowerCase());

test('the library sorts, filters by source, category, dates and title, and pages', () => {
  const library = new Library({
    documents: [
      entry('a1', { title: 'أعلنت الحكومة', source: 'BBC', category: 'economy', date: '2018-03-02', wordCount: 50 }),
      entry('b2', { title: 'اجتماع سرت', source: 'CNN', category: 'middleEast', date: '2018-01-15', wordCount: 500 }),
      entry('c3', {
        title: 'الاجتماع الثاني',
        source: 'CNN',
        category: 'middleEast',
        date: '2018-06-30',
        wordCount: 200,
      }),
      entry('d4', { title: 'بلا تاريخ', source: 'BBC', wordCount: 10 }),
    ],
  });
  assert.deepEqual(
    list(library, { sort: 'date' }).items.map((item) => item.id),
    ['b2', 'a1', 'c3', 'd4'],
  );
  assert.deepEqual(
    list(library, { sort: 'words', descending: true }).items.map((item) => item.id),
    ['b2', 'c3', 'a1', 'd4'],
  );
  assert.deepEqual(
    list(library, { sources: ['CNN'] }).items.map((item) => item.id),
    ['b2', 'c3'],
  );
  assert.deepEqual(
    list(library, { after: '2018-02-01', before: '2018-06-30' }).items.map((item) => item.id),
    ['a1', 'c3'],
  );
  assert.deepEqual(
    list(library, { title: 'اعلنت' }).items.map((item) => item.id),
    ['a1'],
    'title filter ignores hamza',
  );
  const page = list(library, { sort: 'date', offset: 1, limit: 2 });
  assert.equal(page.total, 4);
  assert.deepEqual(
    page.items.map((item) => item.id),
    ['a1', 'c3'],
  );
});

test('a listing reflects documents added after it was first asked for', () => {
  const library = new Library({ documents: [entry('a1', { date: '2018-03-02' })] });
  assert.equal(list(library, { sort: 'date' }).total, 1);
  library.put(entry('z9', { date: '2017-12-31' }));
  assert.deepEqual(
    list(library, { sort: 'date' }).items.map((item) => item.id),
    ['z9', 'a1'],
  );
});

test('the facets, kept between calls, and the revision follow every entry put', () => {
  const library = new Library({ documents: [entry('a1', { source: 'BBC', date: '2018-03-02' })] });
  const revision = library.revision;
  assert.deepEqual(
    library.facets().sources.map(({ name, count }) => [name, count]),
    [['BBC', 1]],
  );
  library.put(entry('b2', { source: 'CNN', date: '2019-01-01' }));
  assert.ok(library.revision > revision);
  assert.deepEqual(
    library.facets().sources.map(({ name, count }) => [name, count]),
    [
      ['BBC', 1],
      ['CNN', 1],
    ],
  );
  assert.equal(library.facets().lastDate, '2019-01-01');
});
