import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ids, indexOf } from './fixtures/smallIndex';
import { seedDocuments } from './fixtures/seedDocuments';

describe('search over the five seed reports', () => {
  const { index, texts } = indexOf(seedDocuments());

  it('«حفتر» finds 000, 001 and 003, and not 002 or 004', () => {
    const result = index.search({ query: 'حفتر' });
    assert.deepEqual([...ids(result)].sort(), ['000', '001', '003']);
    assert.equal(result.total, 3);
    assert.equal(result.partial, false);
  });

  it('«الاجتماع» finds the reports with the bare «اجتماع» and highlights it there', () => {
    const result = index.search({ query: 'الاجتماع' });
    assert.ok(ids(result).includes('000'));
    assert.ok(ids(result).includes('002'));
    for (const id of ['000', '002']) {
      const text = texts.get(id)!;
      const words = index.documentHits(id, 'الاجتماع').map(({ start, end }) => text.slice(start, end));
      assert.ok(words.includes('اجتماع'), `${id} highlights the bare form: ${words.join(' ')}`);
    }
  });

  it('«اعلنت» without hamza finds «أعلنت» (004) and «وأعلنت» (003)', () => {
    const result = index.search({ query: 'اعلنت' });
    assert.deepEqual([...ids(result)].sort(), ['003', '004']);
    const text = texts.get('004')!;
    assert.deepEqual(
      index.documentHits('004', 'اعلنت').map(({ start, end }) => text.slice(start, end)),
      ['أعلنت'],
    );
  });

  it('a phrase written with diacritics finds the undiacritized text', () => {
    const result = index.search({ query: '"خَالِد خَلِيفَة حَفْتَر"' });
    assert.deepEqual([...ids(result)].sort(), ['000', '001']);
    for (const hit of result.hits) {
      const highlighted = hit.snippets
        .flatMap((snippet) => snippet.highlights)
        .map(({ start, end }) => texts.get(hit.id)!.slice(start, end));
      assert.ok(highlighted.includes('خالد خليفة حفتر'), highlighted.join(' | '));
    }
  });

  it('finds a word inside the corrupted «ب epithelialن» by its Latin part alone', () => {
    assert.deepEqual(ids(index.search({ query: 'epithelial' })), ['000']);
  });
});
