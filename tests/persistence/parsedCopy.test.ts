import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableJsonStore } from '../../src-main/services/persistence/DurableJsonStore';
import { ParsedCopy } from '../../src-main/services/persistence/ParsedCopy';
import { notesSchema, type Notes } from './fixtures/notesStore';
import { temporaryFolder } from './fixtures/temporaryFolder';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Longer than a piece of the copy (512 items), with Arabic, nesting and names JSON allows but objects mind. */
function manyNotes(count: number, word = 'الهدنة'): Notes['notes'] {
  return Array.from({ length: count }, (_, at) => ({ id: `n${at}`, text: `ملاحظة ${at} عن ${word}` }));
}

function copiedStore(folder: string, overrides: { readOnly?: boolean } = {}): DurableJsonStore<Notes> {
  return new DurableJsonStore<Notes>({
    path: join(folder, 'library.json'),
    schema: notesSchema,
    schemaVersion: 1,
    defaults: () => ({ notes: [] }),
    prettyPrint: false,
    schemaCheckNotePath: join(folder, '.library.json.checked'),
    schemaCheckNoteReadOnly: overrides.readOnly,
    parsedCopyPath: join(folder, '.library.json.v8'),
  });
}

/** A store file of `notes` on disk, opened once so that its check note vouches for it. */
async function vouchedStoreFile(folder: string, notes: Notes['notes']): Promise<string> {
  const text = JSON.stringify({ schemaVersion: 1, savedAt: '2026-11-30T07:00:00.000Z', data: { notes } });
  await writeFile(join(folder, 'library.json'), text);
  await copiedStore(folder).open();
  return text;
}

test('a parsed copy reads back the very value the text parses to, pieces and all', async () => {
  const folder = await temporaryFolder();
  const text = JSON.stringify({
    schemaVersion: 1,
    savedAt: null,
    data: {
      documents: manyNotes(1_300).map((note, at) => ({ ...note, warnings: at % 7 ? [] : ['سطر مكرر'], n: at / 3 })),
      nested: { deeper: { list: manyNotes(600), أسماء: ['قارِن'] }, ['__proto__']: { odd: true } },
      short: [1, 2, 3],
      empty: {},
    },
  });
  const value = JSON.parse(text) as unknown;
  const copy = new ParsedCopy(join(folder, 'copy.v8'));
  await copy.write(sha256(text), value);
  const read = await copy.read(sha256(text));
  assert.deepStrictEqual(read, value);
  const nested = (read as { data: Record<string, unknown> }).data['nested'] as object;
  assert.ok(Object.hasOwn(nested, '__proto__'), 'a member named __proto__ stays a member');
  assert.equal(Object.getPrototypeOf(nested), Object.prototype);
});

test('a copy is read only for the text it was made from, by the V8 that wrote it, and whole', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'copy.v8');
  const text = JSON.stringify({ schemaVersion: 1, data: { notes: manyNotes(1_100) } });
  const copy = new ParsedCopy(path);
  assert.equal(await copy.read(sha256(text)), undefined, 'no copy yet');
  await copy.write(sha256(text), JSON.parse(text));
  assert.equal(await copy.read(sha256(`${text} `)), undefined, 'another text');

  const bytes = await readFile(path);
  const headerEnd = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as { v8: string };
  const otherV8 = Buffer.concat([
    Buffer.from(`${JSON.stringify({ ...header, v8: `${header.v8}-other` })}\n`),
    bytes.subarray(headerEnd + 1),
  ]);
  await writeFile(path, otherV8);
  assert.equal(await copy.read(sha256(text)), undefined, 'another V8');

  for (const damaged of [
    bytes.subarray(0, bytes.length - 4),
    bytes.subarray(0, Math.floor(bytes.length / 2)),
    Buffer.concat([bytes, Buffer.from([1, 0, 0, 0, 0])]),
    // A length far past the end of the file: refused before anything that large is allocated.
    Buffer.concat([bytes.subarray(0, headerEnd + 1), Buffer.from([0xf0, 0xff, 0xff, 0xff]), Buffer.from('x')]),
    Buffer.from('not a copy at all'),
    Buffer.alloc(0),
  ]) {
    await writeFile(path, damaged);
    assert.equal(await copy.read(sha256(text)), undefined, `a damaged copy of ${damaged.length} bytes is not read`);
  }
});

test('a store reads its copy instead of its text once the check note vouches for that text', async () => {
  const folder = await temporaryFolder();
  const text = await vouchedStoreFile(folder, manyNotes(1_200));
  const opened = copiedStore(folder);
  await opened.open();
  await opened.saveParsedCopy();
  assert.ok((await stat(join(folder, '.library.json.v8'))).size > 0, 'the copy is written');

  // A copy that says otherwise for the same digest is what opening reads: so the text was not parsed.
  const marked = manyNotes(1_200, 'المصالحة');
  await new ParsedCopy(join(folder, '.library.json.v8')).write(sha256(text), {
    schemaVersion: 1,
    savedAt: '2026-11-30T07:00:00.000Z',
    data: { notes: marked },
  });
  const reopened = copiedStore(folder);
  await reopened.open();
  assert.deepEqual(reopened.data.notes, marked);
  assert.equal(reopened.openedFromVersion, 1);

  // Without the note's word for the text, the copy is not trusted: the text is parsed and checked.
  await rm(join(folder, '.library.json.checked'));
  const unvouched = copiedStore(folder);
  await unvouched.open();
  assert.deepEqual(unvouched.data.notes, manyNotes(1_200));
});

test('a store opened from its copy never reads its text whole: it only hashes it, a slice at a time', async (t) => {
  const folder = await temporaryFolder();
  // Larger than the copy's chunks (4 MB) and the hashed slices (2 MB), so a read of the whole text
  // is told apart from either.
  const notes = manyNotes(90_000);
  const text = await vouchedStoreFile(folder, notes);
  assert.ok(Buffer.byteLength(text) > 4 << 20);
  const written = copiedStore(folder);
  await written.open();
  await written.saveParsedCopy();

  const probe = await open(join(folder, 'library.json'), 'r');
  const fileHandle = Object.getPrototypeOf(probe) as { read: (...args: unknown[]) => unknown };
  await probe.close();
  const reads = t.mock.method(fileHandle, 'read');
  const largestRead = () => Math.max(0, ...reads.mock.calls.map((call) => Number(call.arguments[2] ?? 0)));
  // The file hashed from disk: reads of a 2 MB slice, which nothing else asks for.
  const slicesHashed = () => reads.mock.calls.filter((call) => call.arguments[2] === 2 << 20).length;

  const reopened = copiedStore(folder);
  await reopened.open();
  assert.equal(reopened.data.notes.length, notes.length);
  assert.ok(largestRead() <= 4 << 20, `no read larger than the copy's chunks (largest ${largestRead()} bytes)`);
  assert.ok(slicesHashed() > 0, 'the text is hashed from the file');

  // Without a copy to read, the file is not hashed as well as its bytes: it is read and hashed once.
  reads.mock.resetCalls();
  await rm(join(folder, '.library.json.v8'));
  const uncopied = copiedStore(folder);
  await uncopied.open();
  assert.equal(uncopied.data.notes.length, notes.length);
  assert.equal(slicesHashed(), 0, 'no copy: the file is not hashed from disk');
  assert.ok(largestRead() >= Buffer.byteLength(text), 'the text is read whole when it must be parsed');

  // Nor without the note's word for the text.
  reads.mock.resetCalls();
  await uncopied.saveParsedCopy();
  await rm(join(folder, '.library.json.checked'));
  await copiedStore(folder).open();
  assert.equal(slicesHashed(), 0, 'not vouched: the file is not hashed from disk');
  assert.ok(largestRead() >= Buffer.byteLength(text), 'the text is read whole when it must be parsed');
});

test('no copy is written for a state an update changed, and a copy of a text since replaced is not read', async () => {
  const folder = await temporaryFolder();
  await vouchedStoreFile(folder, manyNotes(700));
  const changed = copiedStore(folder);
  await changed.open();
  await changed.update((draft) => {
    draft.notes = manyNotes(900, 'المصالحة');
  });
  await changed.saveParsedCopy();
  assert.ok(!(await readdir(folder)).includes('.library.json.v8'), 'the state opened is gone: no copy of it');

  const copied = copiedStore(folder);
  await copied.open();
  await copied.saveParsedCopy();
  assert.ok((await readdir(folder)).includes('.library.json.v8'), 'the state opened is still there: its copy');
  await copied.update((draft) => {
    draft.notes = manyNotes(950, 'الانتخابات');
  });
  const reopened = copiedStore(folder);
  await reopened.open();
  assert.deepEqual(reopened.data.notes, manyNotes(950, 'الانتخابات'), 'the new text, not the copy of the old one');
});

test('a store opened only to read never writes a copy', async () => {
  const folder = await temporaryFolder();
  await vouchedStoreFile(folder, manyNotes(600));
  const reader = copiedStore(folder, { readOnly: true });
  await reader.open();
  await reader.saveParsedCopy();
  assert.ok(!(await readdir(folder)).includes('.library.json.v8'));
});

test('a damaged copy costs only the parse: the store opens from its text', async () => {
  const folder = await temporaryFolder();
  const text = await vouchedStoreFile(folder, manyNotes(800));
  await writeFile(
    join(folder, '.library.json.v8'),
    `${JSON.stringify({ format: 1, digest: sha256(text), v8: process.versions.v8 })}\n\u0001garbage`,
  );
  const opened = copiedStore(folder);
  await opened.open();
  assert.deepEqual(opened.data.notes, manyNotes(800));
  // And the next copy written replaces it.
  await opened.saveParsedCopy();
  const again = copiedStore(folder);
  await again.open();
  assert.deepEqual(again.data.notes, manyNotes(800));
  assert.ok((await stat(join(folder, '.library.json.v8'))).size > 1000);
});

test('a copy with any byte of its pieces flipped is not read', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'copy.v8');
  const text = JSON.stringify({ schemaVersion: 1, data: { notes: manyNotes(1_100) } });
  const copy = new ParsedCopy(path);
  await copy.write(sha256(text), JSON.parse(text));
  const bytes = await readFile(path);
  const bodyStart = bytes.indexOf(0x0a) + 1;
  // Spread over the whole body: the frames' lengths and checksums, and the serialized pieces.
  for (let at = bodyStart; at < bytes.length; at += Math.floor((bytes.length - bodyStart) / 150)) {
    const flipped = Buffer.from(bytes);
    flipped[at] = flipped[at]! ^ 0x10;
    await writeFile(path, flipped);
    assert.equal(await copy.read(sha256(text)), undefined, `byte ${at} of ${bytes.length} flipped`);
  }
});

test('a copy that is not a store envelope is never blamed on the store: it opens from its text', async () => {
  const folder = await temporaryFolder();
  const text = await vouchedStoreFile(folder, manyNotes(600));
  await new ParsedCopy(join(folder, '.library.json.v8')).write(sha256(text), { notAnEnvelope: true });
  const opened = copiedStore(folder);
  await opened.open();
  assert.deepEqual(opened.data.notes, manyNotes(600));
});

test('a store opened from an older schema version is migrated from its text each time, and no copy is made of it', async () => {
  const folder = await temporaryFolder();
  await writeFile(
    join(folder, 'library.json'),
    JSON.stringify({ schemaVersion: 1, data: { items: manyNotes(700).map(({ id, text }) => ({ id, body: text })) } }),
  );
  const migrating = () =>
    new DurableJsonStore<Notes>({
      path: join(folder, 'library.json'),
      schema: notesSchema,
      schemaVersion: 2,
      migrations: {
        1: (data) => ({
          notes: (data as { items: { id: string; body: string }[] }).items.map(({ id, body }) => ({ id, text: body })),
        }),
      },
      defaults: () => ({ notes: [] }),
      schemaCheckNotePath: join(folder, '.library.json.checked'),
      parsedCopyPath: join(folder, '.library.json.v8'),
    });
  for (let opening = 1; opening <= 3; opening++) {
    const store = migrating();
    await store.open();
    assert.equal(store.openedFromVersion, 1, `opening ${opening} reads the file as it is`);
    assert.deepEqual(store.data.notes, manyNotes(700));
    await store.saveParsedCopy();
  }
  assert.ok(!(await readdir(folder)).includes('.library.json.v8'));
});

test('opening removes the temporary files killed writers of the copy and the note left, not a running one’s', async () => {
  const folder = await temporaryFolder();
  await vouchedStoreFile(folder, manyNotes(10));
  const killed = '..library.json.v8.99999999-0.1.tmp';
  const killedNote = '..library.json.checked.99999999-0.2.tmp';
  const running = `..library.json.v8.${process.pid}-0.1.tmp`;
  await writeFile(join(folder, killed), 'half a copy');
  await writeFile(join(folder, killedNote), 'half a note');
  await writeFile(join(folder, running), 'a copy being written');
  await copiedStore(folder).open();
  const names = await readdir(folder);
  assert.ok(!names.includes(killed));
  assert.ok(!names.includes(killedNote), 'the check note’s too');
  assert.ok(names.includes(running));
});

test('a copy reads back the same wherever its chunks end: in a piece, in a piece’s head, at either', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'copy.v8');
  const text = JSON.stringify({ schemaVersion: 1, data: { notes: manyNotes(1_700) } });
  const value = JSON.parse(text) as unknown;
  await new ParsedCopy(path).write(sha256(text), value);
  for (const chunkBytes of [1, 3, 7, 8, 9, 13, 64, 1_000, 4_099, 65_536]) {
    assert.deepStrictEqual(
      await new ParsedCopy(path, { chunkBytes }).read(sha256(text)),
      value,
      `chunks of ${chunkBytes} bytes`,
    );
  }
});
