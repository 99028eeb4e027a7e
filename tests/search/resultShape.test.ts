import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { SearchRequestSchema, SearchResultSchema } from '../../src-main/api/searchSchemas';
import type { SearchRequest, SearchResult } from '../../src-main/core/search/searchResult';
import { seedDocuments } from './fixtures/seedDocuments';
import { indexOf } from './fixtures/smallIndex';

type ContractResult = z.infer<typeof SearchResultSchema>;
type ContractRequest = z.input<typeof SearchRequestSchema>;

// Compile-time: core's types and the contract's must be assignable both ways.
export const resultToContract = (result: SearchResult): ContractResult => result;
export const contractToResult = (result: ContractResult): SearchResult => result;
export const requestToContract = (request: SearchRequest): ContractRequest => request;
export const contractToRequest = (request: ContractRequest): SearchRequest => request;

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
