import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeUnitOrder } from '../../src-main/services/search/tables/codeUnitOrder';

/** Strings from a few letters, so that many share long prefixes and many are prefixes of others. */
function manyStrings(count: number, letters: string[]): string[] {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0);
  return Array.from({ length: count }, () => {
    let value = '';
    const length = next() % 9;
    for (let n = 0; n < length; n++) value += letters[next() % letters.length]!;
    return value;
  });
}

const sortedBy = (strings: string[], order: Int32Array) => Array.from(order, (place) => strings[place]!);

test('codeUnitOrder orders strings as the engine sort does: prefixes first, by UTF-16 code unit', () => {
  const letters = ['ا', 'ب', 'ل', 'و', 'ي', 'a', 'Z', '0', '\u{1F600}', 'ﻻ'];
  const strings = [...new Set(manyStrings(20_000, letters))];
  const order = codeUnitOrder(strings);
  assert.equal(order.length, strings.length);
  assert.deepEqual(sortedBy(strings, order), [...strings].sort());
  assert.equal(new Set(order).size, strings.length, 'every place exactly once');
});

test('codeUnitOrder keeps equal strings together and handles the empty and tiny cases', () => {
  const strings = manyStrings(5_000, ['ب', 'ت', 'ث']);
  assert.deepEqual(sortedBy(strings, codeUnitOrder(strings)), [...strings].sort());
  assert.deepEqual(Array.from(codeUnitOrder([])), []);
  assert.deepEqual(Array.from(codeUnitOrder(['ب', '', 'ا'])), [1, 2, 0]);
});
