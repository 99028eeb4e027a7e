import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { contentBytes } from '../../src-main/services/persistence/fileContent';
import { SchemaCheckNote } from '../../src-main/services/persistence/SchemaCheckNote';
import { writeFileDurably } from '../../src-main/services/persistence/writeFileDurably';
import { z } from 'zod';
import { temporaryFolder } from './fixtures/temporaryFolder';

/** Each piece copied as it comes: a piece is valid only until the next is asked for. */
const copied = (pieces: Iterable<Uint8Array>) => Array.from(pieces, (bytes) => Buffer.from(bytes));

const piece = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'حفتر «قال» 😀 a\n"'.split('')), maxLength: 40 }),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
);
const asBytes = (part: string | Uint8Array) =>
  typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part);

test('pieces of text and bytes come out as their bytes in order', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const expected = Buffer.concat(pieces.map(asBytes));
      assert.ok(Buffer.concat(copied(contentBytes(pieces))).equals(expected));
    }),
  );
});

test('many small pieces are gathered into few writes, and a file of them reads back whole', async () => {
  const rows = Array.from({ length: 240_000 }, (_, at) => Buffer.from(`["d${at}","عنوان التقرير ${at}",null]\n`));
  const chunks = copied(contentBytes(rows));
  const total = rows.reduce((sum, row) => sum + row.length, 0);
  assert.ok(chunks.length <= Math.ceil(total / (1 << 20)) + 1, `${chunks.length} chunks for ${total} bytes`);
  const target = join(await temporaryFolder(), 'listing.jsonl');
  await writeFileDurably(target, rows);
  assert.ok((await readFile(target)).equals(Buffer.concat(rows)));
});

test('pieces made only as they are written are asked for one at a time', async () => {
  const made: number[] = [];
  function* lazily(): Generator<string> {
    for (let at = 0; at < 3; at++) {
      made.push(at);
      yield `${'ن'.repeat(1 << 20)}${at}`;
    }
  }
  const pieces = contentBytes(lazily());
  pieces.next();
  assert.deepEqual(made, [0], 'a piece is made only when the one before has been taken');
  const target = join(await temporaryFolder(), 'library.json');
  await writeFileDurably(target, lazily());
  const text = await readFile(target, 'utf8');
  assert.equal(text.length, 3 * ((1 << 20) + 1));
  assert.ok(text.endsWith('ن2'));
});

/** Texts of pairs only (characters outside the BMP), so a piece could end between a pair's halves anywhere. */
const astralTexts = ['😀'.repeat(700_000), `ب${'𝔸'.repeat(700_000)}end`];

test('a long text comes out as its exact bytes, in pieces that never split a surrogate pair', () => {
  for (const text of astralTexts) {
    const pieces = copied(contentBytes(text));
    assert.ok(pieces.length >= 3, 'the text went in several pieces');
    assert.ok(Buffer.concat(pieces).equals(Buffer.from(text, 'utf8')));
    for (const piece of pieces) assert.equal(piece.toString('utf8').includes('\uFFFD'), false);
  }
});

test('a long text is written and hashed as its whole bytes are', async () => {
  for (const text of astralTexts) {
    const target = join(await temporaryFolder(), 'library.json');
    await writeFileDurably(target, [text, 'tail']);
    assert.equal(await readFile(target, 'utf8'), `${text}tail`);
    const note = new SchemaCheckNote(join(await temporaryFolder(), 'note.json'), z.object({}), 1);
    const passing = note.digestAsWritten(text);
    assert.equal(passing.digest(), undefined, 'no digest before the bytes have passed');
    assert.ok(Buffer.concat(copied(passing.content)).equals(Buffer.from(text, 'utf8')));
    assert.equal(passing.digest(), createHash('sha256').update(text).digest('hex'));
  }
});
