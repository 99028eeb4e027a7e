import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EncodedStrings, LineBytes } from '../../src-main/services/search/tables/lineBytes';

const decoder = new TextDecoder();

test('LineBytes writes numbers as their decimal text, growing past its first guess', () => {
  const numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999_999, 1_000_000, 123_456_789, 1_999_999_999, 2 ** 31 - 1];
  const out = new LineBytes(1);
  for (const value of numbers) {
    out.decimal(value);
    out.byte(0x0a);
  }
  assert.equal(decoder.decode(out.bytes()), numbers.map((value) => `${value}\n`).join(''));
});

test('EncodedStrings gives each string its UTF-8 bytes, whatever their width', () => {
  const strings = ['حفتر', '', 'abc', '𐌰𐌱𐌲', 'é', 'الهدنة'];
  const encoded = new EncodedStrings(strings);
  const out = new LineBytes(4);
  strings.forEach((text, n) => {
    assert.equal(encoded.length(n), new TextEncoder().encode(text).length, text);
    encoded.copyTo(out, n);
    out.byte(0x09);
  });
  assert.equal(decoder.decode(out.bytes()), strings.map((text) => `${text}\t`).join(''));
});

test('EncodedStrings refuses a string holding a line break', () => {
  assert.throws(() => new EncodedStrings(['a', 'b\nc']), /line break/);
});
