import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ArraySlab } from '../../src-main/core/search/arraySlab';
import { TermSequences, SEQUENCE_BREAK } from '../../src-main/core/search/termSequences';

const smallOrLarge = fc.oneof(
  fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 50 }),
  fc.array(fc.nat({ max: 2 ** 32 - 1 }), { minLength: 4_000, maxLength: 9_000 }),
);

describe('ArraySlab', () => {
  it('gives copies that hold the values and are written over by neither the source nor each other', () => {
    fc.assert(
      fc.property(fc.array(smallOrLarge, { maxLength: 40 }), (arrays) => {
        const slab = new ArraySlab((length) => new Uint32Array(length));
        const sources = arrays.map((values) => Uint32Array.from(values));
        const copies = sources.map((source) => slab.copyOf(source));
        for (const source of sources) source.fill(7);
        copies.forEach((copy, n) => assert.deepEqual([...copy], arrays[n]));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps small arrays in a few shared buffers, and a large one in a buffer of its own', () => {
    const slab = new ArraySlab((length) => new Float32Array(length));
    const small = Array.from({ length: 3_000 }, (_, n) => slab.copyOf([n, n + 0.5]));
    assert.ok(new Set(small.map((copy) => copy.buffer)).size <= 2);
    const large = slab.copyOf(new Float32Array(10_000));
    assert.equal(large.byteOffset, 0);
    assert.equal(large.buffer.byteLength, 10_000 * 4);
  });
});

describe('TermSequences', () => {
  const operation = fc.oneof(
    // Mostly sequences that share chunks; now and then one long enough to have a buffer of its own.
    fc.record({
      kind: fc.constant('add' as const),
      document: fc.nat({ max: 30 }),
      length: fc.oneof(fc.nat({ max: 3_000 }), fc.nat({ max: 3_000 }), fc.integer({ min: 5_000, max: 9_000 })),
    }),
    fc.record({ kind: fc.constant('delete' as const), document: fc.nat({ max: 30 }) }),
  );

  it('reads back what was added, through deletions and the copying together they lead to', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (operations) => {
        // Copies together once 5,000 words shared with others are dropped, and more than are held.
        const sequences = new TermSequences(5_000);
        const model = new Map<number, number[]>();
        operations.forEach((step, n) => {
          if (step.kind === 'delete') {
            sequences.delete(step.document);
            model.delete(step.document);
            return;
          }
          const words = Array.from({ length: step.length }, (_, at) => (at % 97 === 3 ? SEQUENCE_BREAK : n * 7 + at));
          const scratch = Uint32Array.from(words);
          sequences.add(step.document, scratch);
          // What the analyzer hands over is its scratch, written over by the next report.
          scratch.fill(0);
          model.set(step.document, words);
        });
        for (let document = 0; document <= 30; document++) {
          const kept = sequences.get(document);
          assert.deepEqual(kept && [...kept], model.get(document));
        }
        const unpacked = TermSequences.unpack(sequences.pack());
        for (let document = 0; document <= 30; document++) {
          const kept = unpacked.get(document);
          assert.deepEqual(kept && [...kept], model.get(document));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('copies the short sequences it holds into new buffers once most of what they shared was dropped', () => {
    const sequences = new TermSequences(10_000);
    for (let document = 0; document < 40; document++) sequences.add(document, new Uint32Array(1_000).fill(document));
    const long = new Uint32Array(20_000).fill(7);
    sequences.add(40, long);
    const kept = sequences.get(39)!.buffer;
    // Dropping long sequences, each with a buffer of its own, frees them at once: nothing is copied.
    for (let round = 0; round < 5; round++) {
      sequences.add(100, new Uint32Array(20_000));
      sequences.delete(100);
    }
    assert.equal(sequences.get(39)!.buffer, kept);
    // 30,000 words of shared chunks dropped, more than the 10,000 still held and the threshold.
    for (let document = 0; document < 30; document++) sequences.delete(document);
    assert.notEqual(sequences.get(39)!.buffer, kept);
    for (let document = 30; document < 40; document++) {
      assert.deepEqual([...sequences.get(document)!], new Array(1_000).fill(document));
    }
    // A sequence with a buffer of its own is left where it is.
    assert.equal(sequences.get(40)!.byteOffset, 0);
    assert.equal(sequences.get(40)!.length, 20_000);
    assert.equal(sequences.get(40)!.buffer.byteLength, 20_000 * 4);
  });
});
