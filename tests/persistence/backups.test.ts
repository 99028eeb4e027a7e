import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../../src-main/services/persistence/StoreError';
import type { DurableJsonStore } from '../../src-main/services/persistence/DurableJsonStore';
import { openableNotesStore, openNotesStore, type Notes } from './fixtures/notesStore';
import { temporaryFolder } from './fixtures/temporaryFolder';

/** A clock the test moves by hand, so backup intervals are stepped through, not waited for. */
function manualClock(start = Date.parse('2025-03-01T12:00:00.000Z')): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let current = start;
  return { now: () => current, advance: (ms) => (current += ms) };
}

async function addNote(store: DurableJsonStore<Notes>, id: string): Promise<void> {
  await store.update((draft) => {
    draft.notes.push({ id, text: `note ${id}` });
  });
}

async function backupNoteIds(store: DurableJsonStore<Notes>): Promise<string[][]> {
  const backups = await store.listBackups();
  return Promise.all(
    backups.map(async (backup) => {
      const envelope = JSON.parse(await readFile(backup.path, 'utf8'));
      return (envelope.data as Notes).notes.map((note) => note.id);
    }),
  );
}

test('each save backs up the version it replaces, keeping the newest K, newest first', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'annotations.json');
  const clock = manualClock();
  const store = await openNotesStore(path, { backups: { keep: 3, minIntervalMs: 0 }, clock: clock.now });
  for (const id of ['1', '2', '3', '4', '5', '6']) {
    await addNote(store, id);
    clock.advance(1000);
  }
  const backups = await store.listBackups();
  assert.equal(backups.length, 3);
  assert.ok(backups.every((backup) => backup.readable && backup.problem === null));
  assert.deepEqual(await backupNoteIds(store), [
    ['1', '2', '3', '4', '5'],
    ['1', '2', '3', '4'],
    ['1', '2', '3'],
  ]);
  const names = backups.map((backup) => backup.name);
  assert.deepEqual([...names].sort().reverse(), names, 'names sort by time');
  assert.match(names[0]!, /^annotations\.2025-03-01T12-00-05\.000Z\.json$/);
  assert.ok(backups[0]!.takenAt > backups[1]!.takenAt);
});

test('backups taken in the same millisecond still get distinct, ordered names', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'annotations.json');
  const clock = manualClock();
  const store = await openNotesStore(path, { backups: { keep: 5, minIntervalMs: 0 }, clock: clock.now });
  for (const id of ['1', '2', '3', '4']) await addNote(store, id);
  assert.deepEqual(await backupNoteIds(store), [['1', '2', '3'], ['1', '2'], ['1']]);
});

test('with an interval, the first save of a session backs up and later ones only once the interval has passed', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'annotations.json');
  const clock = manualClock();
  const firstSession = await openNotesStore(path, { backups: { keep: 10, minIntervalMs: 60_000 }, clock: clock.now });
  await addNote(firstSession, 'a');

  const store = await openNotesStore(path, { backups: { keep: 10, minIntervalMs: 60_000 }, clock: clock.now });
  await addNote(store, 'b');
  assert.equal((await store.listBackups()).length, 1, 'first save of the session');
  clock.advance(10_000);
  await addNote(store, 'c');
  clock.advance(10_000);
  await addNote(store, 'd');
  assert.equal((await store.listBackups()).length, 1, 'within the interval');
  clock.advance(60_000);
  await addNote(store, 'e');
  assert.deepEqual(await backupNoteIds(store), [['a', 'b', 'c', 'd'], ['a']]);
});

test('keep: 0 turns backups off', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'library.json');
  const store = await openNotesStore(path, { backups: { keep: 0, minIntervalMs: 0 } });
  await addNote(store, '1');
  await addNote(store, '2');
  assert.deepEqual(await store.listBackups(), []);
  assert.deepEqual(await readdir(folder), ['library.json']);
});

test('stores sharing a folder each see and rotate only their own backups', async () => {
  const folder = await temporaryFolder();
  const options = { backups: { keep: 2, minIntervalMs: 0 } };
  const notes = await openNotesStore(join(folder, 'notes.json'), options);
  const notesArchive = await openNotesStore(join(folder, 'notes.archive.json'), options);
  for (const id of ['1', '2', '3', '4']) {
    await addNote(notes, id);
    await addNote(notesArchive, id);
  }
  const notesBackups = await notes.listBackups();
  const archiveBackups = await notesArchive.listBackups();
  assert.equal(notesBackups.length, 2);
  assert.equal(archiveBackups.length, 2);
  assert.ok(notesBackups.every((backup) => backup.name.startsWith('notes.2')));
  assert.ok(archiveBackups.every((backup) => backup.name.startsWith('notes.archive.2')));
});

test('a corrupt file is set aside, never deleted, and the newest good backup restored', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'annotations.json');
  const clock = manualClock();
  const options = { backups: { keep: 10, minIntervalMs: 0 }, clock: clock.now };
  const store = await openNotesStore(path, options);
  for (const id of ['1', '2', '3']) {
    await addNote(store, id);
    clock.advance(1000);
  }
  const garbage = '{"schemaVersion": 1, "data": {"notes": [{"id": "1", "te';
  await writeFile(path, garbage);

  const reopened = openableNotesStore(path, options);
  await assert.rejects(reopened.open(), (error) => error instanceof StoreError && error.kind === 'corrupt');
  const result = await reopened.restoreNewestGoodBackup();
  assert.ok(result !== null);
  assert.deepEqual(
    reopened.data.notes.map((note) => note.id),
    ['1', '2'],
  );
  assert.equal(result.restored.name, 'annotations.2025-03-01T12-00-02.000Z.json');
  assert.equal(result.setAsidePath, join(folder, 'annotations.corrupt-2025-03-01T12-00-03.000Z.json'));
  assert.equal(await readFile(result.setAsidePath, 'utf8'), garbage);

  await addNote(reopened, '4');
  const afterRestart = await openNotesStore(path, options);
  assert.deepEqual(
    afterRestart.data.notes.map((note) => note.id),
    ['1', '2', '4'],
  );
});

test('listBackups flags a damaged backup, and restoring skips it for the next good one', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'annotations.json');
  const clock = manualClock();
  const options = { backups: { keep: 10, minIntervalMs: 0 }, clock: clock.now };
  const store = await openNotesStore(path, options);
  for (const id of ['1', '2', '3']) {
    await addNote(store, id);
    clock.advance(1000);
  }
  const [newest] = await store.listBackups();
  await writeFile(newest!.path, '');
  await writeFile(path, 'not json');

  const listed = await openableNotesStore(path, options).listBackups();
  assert.deepEqual(
    listed.map((backup) => backup.readable),
    [false, true],
  );
  assert.match(listed[0]!.problem ?? '', /annotations\.2025-03-01T12-00-02\.000Z\.json is empty/);

  const reopened = openableNotesStore(path, options);
  const result = await reopened.restoreNewestGoodBackup();
  assert.equal(result?.restored.name, listed[1]!.name);
  assert.deepEqual(
    reopened.data.notes.map((note) => note.id),
    ['1'],
  );
});

test('restoreBackup by name replaces a readable file too, keeping it aside as "replaced"', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'settings.json');
  const clock = manualClock();
  const store = await openNotesStore(path, { backups: { keep: 10, minIntervalMs: 0 }, clock: clock.now });
  for (const id of ['1', '2', '3']) {
    await addNote(store, id);
    clock.advance(1000);
  }
  const oldest = (await store.listBackups()).at(-1)!;
  const current = await readFile(path, 'utf8');
  const result = await store.restoreBackup(oldest.name);
  assert.deepEqual(
    store.data.notes.map((note) => note.id),
    ['1'],
  );
  assert.match(result.setAsidePath ?? '', /settings\.replaced-2025-03-01T12-00-03\.000Z\.json$/);
  assert.equal(await readFile(result.setAsidePath!, 'utf8'), current);
});

test('a file from a newer Qarin that is replaced by a backup is kept aside as "newer"', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'settings.json');
  const clock = manualClock();
  const options = { backups: { keep: 10, minIntervalMs: 0 }, clock: clock.now };
  const store = await openNotesStore(path, options);
  await addNote(store, '1');
  await addNote(store, '2');
  const newer = '{"schemaVersion": 4, "data": {"unknown": "fields"}}';
  await writeFile(path, newer);
  const reopened = openableNotesStore(path, options);
  await assert.rejects(reopened.open(), (error) => error instanceof StoreError && error.kind === 'newer-version');
  const result = await reopened.restoreNewestGoodBackup();
  assert.match(result?.setAsidePath ?? '', /settings\.newer-2025-03-01T12-00-00\.000Z\.json$/);
  assert.equal(await readFile(result!.setAsidePath!, 'utf8'), newer);
});

test('restoring refuses unknown names, paths and unreadable backups without touching the file', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  const store = await openNotesStore(path, { backups: { keep: 10, minIntervalMs: 0 } });
  await addNote(store, '1');
  await addNote(store, '2');
  const [backup] = await store.listBackups();
  await writeFile(backup!.path, '{"schemaVersion": 9, "data": {}}');
  const before = await readFile(path, 'utf8');

  for (const name of ['notes.2020-01-01T00-00-00.000Z.json', '../notes.json', 'notes.json']) {
    await assert.rejects(store.restoreBackup(name), (error) => error instanceof StoreError && error.kind === 'io');
  }
  await assert.rejects(
    store.restoreBackup(backup!.name),
    (error) =>
      error instanceof StoreError && error.kind === 'newer-version' && error.message.includes('cannot be restored'),
  );
  assert.equal(await readFile(path, 'utf8'), before);
  assert.deepEqual((await readdir(folder)).sort(), ['backups', 'notes.json']);
  assert.equal(await openableNotesStore(join(folder, 'empty.json')).restoreNewestGoodBackup(), null);
});

test('a backup that cannot be taken is reported once per interval, and the saves still land', async () => {
  const folder = await temporaryFolder();
  const path = join(folder, 'notes.json');
  await writeFile(join(folder, 'backups'), 'a file where the backups folder should be');
  const reported: StoreError[] = [];
  const store = await openNotesStore(path, {
    backups: { keep: 3, minIntervalMs: 60_000 },
    onBackupFailed: (error) => reported.push(error),
  });
  await addNote(store, '1');
  await addNote(store, '2');
  await addNote(store, '3');
  assert.equal(reported.length, 1);
  assert.equal(reported[0]!.kind, 'io');
  assert.match(reported[0]!.message, /^notes\.json could not be backed up/);
  const reopened = await openNotesStore(path);
  assert.deepEqual(
    reopened.data.notes.map((note) => note.id),
    ['1', '2', '3'],
  );
});
