import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonPieces } from '../../src-main/services/persistence/jsonPieces';

const joined = (value: unknown, pieceCharacters?: number) => [...jsonPieces(value, pieceCharacters)].join('');

/** Values JSON.stringify treats in its own ways: left out, null in arrays, toJSON, boxed, holes. */
const awkward = fc.oneof(
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
  fc.constant(new Date(Date.UTC(2026, 10, 29))),
  fc.constant({ toJSON: () => ({ replaced: true }) }),
  fc.constant({ toJSON: () => undefined }),
  fc.constant(Object.assign(Object.create(null) as object, { bare: 1 })),
  fc.constant(new Number(3)),
  fc.constant([1, , 3]),
  fc.constant(Number.NaN),
  fc.constant(-0),
  fc.constant('\u2028 \ud800 "quoted" حَفتر'),
);

const structure = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    awkward,
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 6 }),
  ),
})).value;

test('jsonPieces join to exactly what JSON.stringify gives, whatever the piece size', () => {
  fc.assert(
    fc.property(structure, fc.integer({ min: 1, max: 64 }), (value, pieceCharacters) => {
      assert.equal(joined(value, pieceCharacters), JSON.stringify(value) ?? '');
    }),
    { numRuns: 2_000 },
  );
});

test('jsonPieces gathers a long array into pieces of about the size asked, not one string', () => {
  const documents = Array.from({ length: 5_000 }, (_, at) => ({ id: `d${at}`, title: `عنوان ${at}`, words: at }));
  const store = { schemaVersion: 3, savedAt: '2026-11-29T06:00:00.000Z', data: { documents } };
  const pieces = [...jsonPieces(store, 10_000)];
  assert.equal(pieces.join(''), JSON.stringify(store));
  assert.ok(pieces.length > 20, `${pieces.length} pieces`);
  // A piece closes as soon as it reaches the size, so none is longer by more than one element.
  const longestElement = Math.max(...documents.map((document) => JSON.stringify(document).length + 1));
  for (const piece of pieces) assert.ok(piece.length < 10_000 + longestElement, `a piece of ${piece.length}`);
});

test('jsonPieces refuses a structure that contains itself, as JSON.stringify does', () => {
  const looped: Record<string, unknown> = { a: [1, 2] };
  looped.self = { again: looped };
  assert.throws(() => joined(looped), TypeError);
  assert.throws(() => JSON.stringify(looped), TypeError);
  // The same object twice, side by side, is no loop.
  const shared = { x: 1 };
  assert.equal(joined({ a: shared, b: [shared, shared] }), JSON.stringify({ a: shared, b: [shared, shared] }));
});
