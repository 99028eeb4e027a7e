import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonBytes } from '../../src-main/services/persistence/jsonBytes';

/** The pieces, each copied as it comes: a piece is valid only until the next is asked for. */
function pieces(value: unknown, pieceBytes?: number): Buffer[] {
  const copied: Buffer[] = [];
  for (const piece of jsonBytes(value, pieceBytes)) copied.push(Buffer.from(piece));
  return copied;
}
const joined = (value: unknown, pieceBytes?: number) => Buffer.concat(pieces(value, pieceBytes)).toString('utf8');

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

test('jsonBytes are exactly the UTF-8 of what JSON.stringify gives, whatever the piece size', () => {
  fc.assert(
    fc.property(structure, fc.integer({ min: 8, max: 64 }), (value, pieceBytes) => {
      assert.equal(joined(value, pieceBytes), JSON.stringify(value) ?? '');
    }),
    { numRuns: 2_000 },
  );
});

test('jsonBytes gathers a long array into pieces of about the size asked, not one text', () => {
  const documents = Array.from({ length: 5_000 }, (_, at) => ({ id: `d${at}`, title: `عنوان ${at}`, words: at }));
  const store = { schemaVersion: 3, savedAt: '2026-11-29T06:00:00.000Z', data: { documents } };
  const gathered = pieces(store, 10_000);
  assert.equal(Buffer.concat(gathered).toString('utf8'), JSON.stringify(store));
  assert.ok(gathered.length > 20, `${gathered.length} pieces`);
  // A piece closes before an element that might not fit, so none is longer than the size, and
  // none but the last is shorter by more than one element can take.
  const longestElement = 3 * Math.max(...documents.map((document) => JSON.stringify(document).length + 1));
  for (const piece of gathered) assert.ok(piece.length <= 10_000, `a piece of ${piece.length}`);
  for (const piece of gathered.slice(0, -1))
    assert.ok(piece.length > 10_000 - longestElement, `a piece of ${piece.length}`);
});

test('a string longer than a piece is encoded across pieces, never between the halves of a pair', () => {
  const text = '😀حفتر'.repeat(40);
  assert.equal(joined({ text }, 16), JSON.stringify({ text }));
});

test('jsonBytes refuses a structure that contains itself, as JSON.stringify does', () => {
  const looped: Record<string, unknown> = { a: [1, 2] };
  looped.self = { again: looped };
  assert.throws(() => joined(looped), TypeError);
  assert.throws(() => JSON.stringify(looped), TypeError);
  // The same object twice, side by side, is no loop.
  const shared = { x: 1 };
  assert.equal(joined({ a: shared, b: [shared, shared] }), JSON.stringify({ a: shared, b: [shared, shared] }));
});
