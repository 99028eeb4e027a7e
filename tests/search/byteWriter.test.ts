import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ByteWriter, VarintReader } from '../../src-main/services/search/tables/byteWriter';

/** Everything a writer handed to its sink, joined, checking each chunk is whole when handed over. */
function collectingSink() {
  const chunks: Uint8Array[] = [];
  return {
    sink: (bytes: Uint8Array) => chunks.push(bytes.slice()),
    bytes: () => Buffer.concat(chunks),
    chunks,
  };
}

test('a ByteWriter hands on, in order, every byte written across many chunks', () => {
  const out = collectingSink();
  const writer = new ByteWriter(out.sink);
  const values: number[] = [];
  // Varints of one to five bytes, far more than one chunk of them.
  for (let n = 0; n < 700_000; n++) {
    const value = (n * 2_654_435_761) % 2 ** 32;
    values.push(value);
    writer.varint(value);
  }
  const varintBytes = writer.size;
  const words = Uint32Array.from({ length: 300_000 }, (_, n) => n * 7);
  writer.words(words);
  // Larger than a chunk: handed on whole, still in its place.
  const large = Uint8Array.from({ length: 3_000_000 }, (_, n) => n % 251);
  writer.raw(large);
  writer.raw(Uint8Array.of(1, 2, 3));
  writer.flush();

  assert.ok(out.chunks.length > 3, 'the bytes went out in several chunks');
  const bytes = out.bytes();
  assert.equal(bytes.length, writer.size, 'size counts every byte handed on');
  const reader = new VarintReader(bytes.subarray(0, varintBytes));
  for (const value of values) assert.equal(reader.next(), value);
  assert.ok(reader.done);
  const wordsAt = varintBytes;
  const wordsRead = new Uint32Array(
    bytes.buffer.slice(bytes.byteOffset + wordsAt, bytes.byteOffset + wordsAt + words.byteLength),
  );
  assert.deepEqual(wordsRead, words);
  const largeAt = wordsAt + words.byteLength;
  assert.deepEqual(bytes.subarray(largeAt, largeAt + large.length), Buffer.from(large));
  assert.deepEqual([...bytes.subarray(largeAt + large.length)], [1, 2, 3]);
});

test('a ByteWriter hands nothing on before it is full or flushed', () => {
  const out = collectingSink();
  const writer = new ByteWriter(out.sink);
  writer.varint(300);
  assert.equal(out.chunks.length, 0);
  assert.equal(writer.size, 2);
  writer.flush();
  writer.flush();
  assert.deepEqual([...out.bytes()], [0xac, 0x02]);
});

test('a ByteWriter writes text as UTF-8 across chunks, a text longer than a chunk included', () => {
  const out = collectingSink();
  const writer = new ByteWriter(out.sink);
  // Arabic, four-byte letters, a lone surrogate (written as U+FFFD, as TextEncoder does) and ASCII.
  const texts = Array.from({ length: 200_000 }, (_, n) => `${n}\tحفتر 𐌰𐌱 \ud800 الهدنة ${'x'.repeat(n % 17)}\n`);
  texts.splice(100_000, 0, `${'سرت '.repeat(300_000)}\n`);
  const lengths = texts.map((text) => writer.text(text));
  writer.flush();
  const expected = texts.map((text) => new TextEncoder().encode(text));
  assert.deepEqual(
    lengths,
    expected.map((bytes) => bytes.length),
  );
  assert.ok(Buffer.from(out.bytes()).equals(Buffer.concat(expected)));
  assert.equal(writer.size, out.bytes().length);
});
