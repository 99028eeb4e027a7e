import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex } from '../../src-main/core/text/sha256Hex';

function nodeSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

test('the pure SHA-256 gives the published digests', () => {
  assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('the pure SHA-256 agrees with node:crypto at every padding boundary', () => {
  for (const length of [55, 56, 63, 64, 65, 119, 120, 128, 1000]) {
    const text = 'ب'.repeat(Math.floor(length / 2)) + 'a'.repeat(length % 2);
    assert.equal(sha256Hex(text), nodeSha256(text), `${length} bytes`);
  }
});

test('the pure SHA-256 agrees with node:crypto on any text, Arabic and astral characters included', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      assert.equal(sha256Hex(text), nodeSha256(text));
    }),
  );
});
