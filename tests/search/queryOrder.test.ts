import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ids, indexOf } from './fixtures/smallIndex';
import { seedDocuments } from './fixtures/seedDocuments';

describe('the order of words in a query does not change what it finds', () => {
  const { index } = indexOf(seedDocuments());

  it('a query that begins with a negation finds what the same words in another order find', () => {
    const negationLast = ids(index.search({ query: 'الهدنة -حفتر' }));
    assert.ok(negationLast.length > 0);
    assert.deepEqual(ids(index.search({ query: '-حفتر الهدنة' })), negationLast);
  });
});
