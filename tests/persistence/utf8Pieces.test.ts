import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { utf8Pieces } from '../../src-main/services/persistence/utf8Pieces';
import { writeFileDurably } from '../../src-main/services/persistence/writeFileDurably';
import { SchemaCheckNote } from '../../src-main/services/persistence/SchemaCheckNote';
import { z } from 'zod';
import { temporaryFolder } from './fixtures/temporaryFolder';

/** Over two pieces of Arabic, with a character outside the BMP (two UTF-16 units) on each boundary. */
function longText(): string {
  const piece = 1 << 20;
  let text = 'ب'.repeat(piece - 1);
  text += '𝔸';
  text += 'نص'.repeat(piece / 2 - 1);
  text += '😀';
  return `${text}end`;
}

test('utf8Pieces gives exactly the bytes of a long text, never splitting a surrogate pair', () => {
  const text = longText();
  const pieces = [...utf8Pieces(text)];
  assert.ok(pieces.length >= 3, 'the text went in several pieces');
  assert.ok(Buffer.concat(pieces).equals(Buffer.from(text, 'utf8')));
  for (const piece of pieces) assert.equal(piece.toString('utf8').includes('\uFFFD'), false);
});

test('a long text is written and hashed as its whole bytes are', async () => {
  const text = longText();
  const target = join(await temporaryFolder(), 'library.json');
  await writeFileDurably(target, text);
  assert.equal(await readFile(target, 'utf8'), text);
  const note = new SchemaCheckNote(join(await temporaryFolder(), 'note.json'), z.object({}), 1);
  const passing = note.digestAsWritten(text);
  assert.equal(passing.digest(), undefined, 'no digest before the bytes have passed');
  assert.ok(Buffer.concat([...passing.content]).equals(Buffer.from(text, 'utf8')));
  assert.equal(passing.digest(), createHash('sha256').update(text).digest('hex'));
});
