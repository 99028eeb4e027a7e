import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { packUnsigned, unpackUnsigned } from '../../src-main/core/search/binaryText';

describe('packUnsigned / unpackUnsigned', () => {
  it('round-trips unsigned 32-bit integers, including 0 and 2^32 − 1', () => {
    const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 21, 2 ** 28 - 1, 2 ** 31, 2 ** 32 - 1];
    assert.deepEqual([...unpackUnsigned(packUnsigned(values))], values);
  });

  it('round-trips any list, whatever its length modulo the base64 groups', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 300 }), (values) => {
        assert.deepEqual([...unpackUnsigned(packUnsigned(values))], values);
      }),
      { numRuns: 300 },
    );
  });

  it('packs into base64 text only', () => {
    assert.match(packUnsigned([5, 300, 70_000, 2 ** 32 - 1]), /^[A-Za-z0-9+/]*=*$/);
  });
});
