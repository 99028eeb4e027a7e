import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { contentBytes } from '../../src-main/services/persistence/fileContent';
import { writeFileDurably } from '../../src-main/services/persistence/writeFileDurably';
import { temporaryFolder } from './fixtures/temporaryFolder';

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
      assert.ok(Buffer.concat([...contentBytes(pieces)]).equals(expected));
    }),
  );
});

test('many small pieces are gathered into few writes, and a file of them reads back whole', async () => {
  const rows = Array.from({ length: 240_000 }, (_, at) => Buffer.from(`["d${at}","عنوان التقرير ${at}",null]\n`));
  const chunks = [...contentBytes(rows)];
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
