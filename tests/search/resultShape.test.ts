import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchResultSchema } from '../../src-main/api/searchSchemas';
import { seedDocuments } from './fixtures/seedDocuments';
import { indexOf } from './fixtures/smallIndex';

describe('search result shape', () => {
  const { index } = indexOf(seedDocuments());

  it('is exactly what the contract schema describes, field for field', () => {
    for (const query of ['حفتر', 'حفتر زيمبابوي', '"unclosed', 'after:2018-02-30 ليبيا', '']) {
      const result = index.search({ query, limit: 3 });
      assert.deepEqual(SearchResultSchema.parse(result), result, query);
      assert.deepEqual(SearchResultSchema.strict().parse(result), result);
    }
  });

  it('carries a notice only when the query was not read as written', () => {
    assert.equal('notice' in index.search({ query: 'حفتر' }), false);
    assert.equal(typeof index.search({ query: '"حفتر' }).notice, 'string');
  });
});
