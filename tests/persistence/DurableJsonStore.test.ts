import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { DurableJsonStore } from '../../src-main/services/persistence/DurableJsonStore';
import { DurableDataFile } from '../../src-main/services/persistence/DurableDataFile';
import { StoreError, type StoreErrorKind } from '../../src-main/services/persistence/StoreError';
import { openableNotesStore, openNotesStore, type Notes } from './fixtures/notesStore';
import { temporaryFolder } from './fixtures/temporaryFolder';

async function expectStoreError(
  promise: Promise<unknown>,
  kind: StoreErrorKind,
  messageParts: (string | RegExp)[],
): Promise<StoreError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof StoreError, `expected a StoreError, got ${String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  for (const part of messageParts) {
    if (typeof part === 'string') assert.ok(caught.message.includes(part), `"${caught.message}" lacks "${part}"`);
    else assert.match(caught.message, part);
  }
  return caught;
}

test('a missing file opens as a new store with the defaults and is created by the first update', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'project', 'notes.json');
  const store = await openNotesStore(path);
  assert.deepEqual(store.data, { notes: [] });
  assert.equal(store.openedFromVersion, null);
  await assert.rejects(readFile(path), { code: 'ENOENT' });
  await store.update((draft) => {
    draft.notes.push({ id: 'n1', text: 'الفريق أول' });
  });
  const onDisk = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(onDisk.schemaVersion, 1);
  assert.ok(!Number.isNaN(Date.parse(onDisk.savedAt)));
  assert.deepEqual(onDisk.data, { notes: [{ id: 'n1', text: 'الفريق أول' }] });
});

test('data survives a restart: a new instance reads what the last one saved', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const first = await openNotesStore(path);
  await first.update((draft) => {
    draft.notes.push({ id: 'a', text: 'ب epithelialن' });
  });
  await first.update((draft) => ({ notes: [...draft.notes, { id: 'b', text: '«اللواء»' }] }));
  const second = await openNotesStore(path);
  assert.deepEqual(second.data, {
    notes: [
      { id: 'a', text: 'ب epithelialن' },
      { id: 'b', text: '«اللواء»' },
    ],
  });
  assert.equal(second.openedFromVersion, 1);
});

test('the store keeps working under NODE_ENV=test: it never falls back to memory', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const previous = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'test';
  try {
    const store = await openNotesStore(path);
    await store.update((draft) => {
      draft.notes.push({ id: 'x', text: 'y' });
    });
    assert.deepEqual(JSON.parse(await readFile(path, 'utf8')).data.notes, [{ id: 'x', text: 'y' }]);
  } finally {
    if (previous === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previous;
  }
});

test('the adapter also works under a plain lowdb Low', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'plain.json');
  const adapter = () =>
    new DurableDataFile<{ count: number }>(path, {
      parse: async (file) => JSON.parse((await file.bytes()).toString('utf8')) as { count: number },
      stringify: (data) => JSON.stringify(data),
    });
  const db = new Low(adapter(), { count: 0 });
  await db.read();
  await Promise.all([db.update((data) => (data.count += 1)), db.update((data) => (data.count += 1))]);
  const reopened = new Low(adapter(), { count: 0 });
  await reopened.read();
  assert.equal(reopened.data.count, 2);
});

test('a file that is not JSON is refused with its name and line, and left exactly as it was', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const damaged = '{\n  "schemaVersion": 1,\n  "data": { "notes": [ }\n';
  await writeFile(path, damaged);
  const store = openableNotesStore(path);
  const error = await expectStoreError(store.open(), 'corrupt', ['notes.json is not valid JSON', 'line 3']);
  assert.equal(error.filePath, path);
  assert.equal(error.fileName, 'notes.json');
  assert.equal(store.isOpen, false);
  await assert.rejects(
    store.update((draft) => {
      draft.notes.push({ id: 'never', text: 'saved' });
    }),
    /open\(\)/,
  );
  assert.equal(await readFile(path, 'utf8'), damaged);
  assert.deepEqual(await readdir(folder), ['notes.json']);
});

test('an empty file, or JSON without the envelope, is corrupt too', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  await writeFile(path, '');
  await expectStoreError(openableNotesStore(path).open(), 'corrupt', ['notes.json is empty']);
  await writeFile(path, '{"notes": []}');
  await expectStoreError(openableNotesStore(path).open(), 'corrupt', [
    'notes.json is not a Qarin store file',
    'schemaVersion',
  ]);
  await writeFile(path, '[1, 2]');
  await expectStoreError(openableNotesStore(path).open(), 'corrupt', ['not a Qarin store file']);
  assert.equal(await readFile(path, 'utf8'), '[1, 2]');
});

test('a byte order mark from a Windows editor does not make the file corrupt', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  await writeFile(path, '\uFEFF{"schemaVersion": 1, "data": {"notes": []}}');
  const store = await openNotesStore(path);
  assert.deepEqual(store.data, { notes: [] });
});

test('a file from a newer Qarin is refused by version and never rewritten', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'settings.json');
  const newer = JSON.stringify({ schemaVersion: 5, savedAt: '2030-01-01T00:00:00.000Z', data: { anything: true } });
  await writeFile(path, newer);
  const store = openableNotesStore(path, { schemaVersion: 2, migrations: { 1: (data) => data } });
  const error = await expectStoreError(store.open(), 'newer-version', []);
  assert.equal(error.message, 'settings.json was written by a newer Qarin (schema 5; this version reads up to 2)');
  assert.equal(await readFile(path, 'utf8'), newer);
});

test('data that does not fit the schema is refused as invalid, naming the field', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  await writeFile(path, JSON.stringify({ schemaVersion: 1, data: { notes: [{ id: 'a', text: 7 }] } }));
  await expectStoreError(openableNotesStore(path).open(), 'invalid', ['notes.json', 'notes[0].text']);
});

test('an unreadable path is an io error, not a corrupt file', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  await mkdir(path);
  await expectStoreError(openableNotesStore(path).open(), 'io', ['notes.json could not be read', 'EISDIR']);
});

const notesV3Schema = z.object({
  notes: z.array(z.object({ id: z.string(), text: z.string(), tags: z.array(z.string()) })),
});
type NotesV3 = z.infer<typeof notesV3Schema>;

function notesV3Store(path: string): DurableJsonStore<NotesV3> {
  return new DurableJsonStore<NotesV3>({
    path,
    schema: notesV3Schema,
    schemaVersion: 3,
    defaults: () => ({ notes: [] }),
    migrations: {
      // Schema 1 kept bare strings; schema 2 gave each note an id.
      1: (data) => {
        const { items } = z.object({ items: z.array(z.string()) }).parse(data);
        return { notes: items.map((text, index) => ({ id: `note-${index + 1}`, text })) };
      },
      // Schema 3 added tags.
      2: (data) => {
        const { notes } = z.object({ notes: z.array(z.object({ id: z.string(), text: z.string() })) }).parse(data);
        return { notes: notes.map((note) => ({ ...note, tags: [] })) };
      },
    },
  });
}

test('an older file is migrated step by step on opening, and saved in the new version', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const version1 = JSON.stringify({
    schemaVersion: 1,
    savedAt: '2024-05-01T10:00:00.000Z',
    data: { items: ['أولى', 'ثانية'] },
  });
  await writeFile(path, version1);
  const store = notesV3Store(path);
  await store.open();
  assert.equal(store.openedFromVersion, 1);
  assert.deepEqual(store.data, {
    notes: [
      { id: 'note-1', text: 'أولى', tags: [] },
      { id: 'note-2', text: 'ثانية', tags: [] },
    ],
  });
  assert.equal(await readFile(path, 'utf8'), version1, 'opening alone must not rewrite the file');

  await store.update((draft) => {
    draft.notes[0]!.tags.push('ليبيا');
  });
  const saved = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(saved.schemaVersion, 3);
  assert.deepEqual(saved.data.notes[0].tags, ['ليبيا']);
  const backups = await store.listBackups();
  assert.equal(backups.length, 1, 'the pre-migration file is kept as a backup');
  assert.equal(await readFile(backups[0]!.path, 'utf8'), version1);
});

test('a migration that fails, or a missing step, is an invalid file', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  await writeFile(path, JSON.stringify({ schemaVersion: 1, data: { items: 'not a list' } }));
  await expectStoreError(notesV3Store(path).open(), 'invalid', ['could not be migrated from schema 1 to 2']);
  const withoutSteps = openableNotesStore(path, { schemaVersion: 2 });
  await expectStoreError(withoutSteps.open(), 'invalid', ['no migration from schema 1 to 2']);
});

test('concurrent updates all land, in call order, and survive a restart', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const store = await openNotesStore(path);
  const count = 200;
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      store.update((draft) => {
        draft.notes.push({ id: String(index), text: `highlight ${index}` });
      }),
    ),
  );
  const expectedIds = Array.from({ length: count }, (_, index) => String(index));
  assert.deepEqual(
    store.data.notes.map((note) => note.id),
    expectedIds,
  );
  const reopened = await openNotesStore(path);
  assert.deepEqual(
    reopened.data.notes.map((note) => note.id),
    expectedIds,
  );
});

test('each awaited update is already on disk when it resolves', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const store = await openNotesStore(path);
  const checks = Array.from({ length: 20 }, (_, index) =>
    store
      .update((draft) => {
        draft.notes.push({ id: String(index), text: '' });
      })
      .then(async () => {
        const onDisk: Notes = JSON.parse(await readFile(path, 'utf8')).data;
        assert.ok(
          onDisk.notes.some((note) => note.id === String(index)),
          `update ${index} resolved before it was saved`,
        );
      }),
  );
  await Promise.all(checks);
});

test('an update that throws or breaks the schema changes nothing, and later updates go on', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const store = await openNotesStore(path);
  await store.update((draft) => {
    draft.notes.push({ id: 'kept', text: 'kept' });
  });
  const before = await readFile(path, 'utf8');
  const throwing = store.update((draft) => {
    draft.notes.length = 0;
    throw new Error('recipe failed');
  });
  const breaking = store.update((draft) => {
    draft.notes.push({ id: 'bad', text: 42 as unknown as string });
  });
  const following = store.update((draft) => {
    draft.notes.push({ id: 'after', text: 'after' });
  });
  await assert.rejects(throwing, /recipe failed/);
  await expectStoreError(breaking, 'invalid', ['notes.json was not changed', 'notes[1].text']);
  await following;
  assert.deepEqual(
    store.data.notes.map((note) => note.id),
    ['kept', 'after'],
  );
  assert.notEqual(await readFile(path, 'utf8'), before);
  const reopened = await openNotesStore(path);
  assert.deepEqual(reopened.data, store.data);
});

test('flush waits for updates nobody awaited', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const store = await openNotesStore(path);
  for (const id of ['a', 'b', 'c']) {
    void store.update((draft) => {
      draft.notes.push({ id, text: id });
    });
  }
  await store.flush();
  const onDisk: Notes = JSON.parse(await readFile(path, 'utf8')).data;
  assert.deepEqual(
    onDisk.notes.map((note) => note.id),
    ['a', 'b', 'c'],
  );
});
