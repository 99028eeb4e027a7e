import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonParts } from '../../src-main/server/jsonParts';

const joined = (value: unknown) => [...jsonParts(value)].join('');

describe('jsonParts', () => {
  test('its parts join into exactly what JSON.stringify writes, for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withDate: true }), (value) => {
        assert.equal(joined(value), JSON.stringify(value) ?? 'null');
      }),
      { numRuns: 500 },
    );
  });

  test('a long array of Arabic summaries comes in many small parts, as one text', () => {
    const items = Array.from({ length: 2_000 }, (_, n) => ({
      id: `doc-${n}`,
      title: `تقرير رقم ${n} عن «الهدنة»\n`,
      date: n % 3 === 0 ? undefined : '2019-04-04',
      wordCount: n,
    }));
    const reply = { ok: true, result: { offset: 0, total: items.length, items } };
    const parts = [...jsonParts(reply)];
    assert.equal(parts.join(''), JSON.stringify(reply));
    assert.ok(parts.length > 8, `cut into ${parts.length} parts`);
    const longest = Math.max(...parts.map((part) => part.length));
    assert.ok(longest < JSON.stringify(reply).length / 4, `the longest part holds ${longest} characters`);
  });

  test('fields JSON leaves out of objects are left out, and written as null inside arrays', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: new Date(0), e: NaN };
    assert.equal(joined(value), JSON.stringify(value));
    const long = Array.from({ length: 600 }, (_, n) => (n % 2 === 0 ? undefined : n));
    assert.equal(joined(long), JSON.stringify(long));
  });
});
