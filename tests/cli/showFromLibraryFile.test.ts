import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { readLibraryEntry } from '../../src-main/services/project/readLibraryEntry';
import { LIBRARY_SCHEMA_VERSION } from '../../src-main/services/project/libraryEntry';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';
import { qarin } from '../helpers/runQarin';

const project = tempDir();
const imported = qarin(['import', seedsDir, '--project', project]);
const library = projectLayout(project).library;

function entries(path: string): { id: string }[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { data: { documents: { id: string }[] } }).data.documents;
}

test('one entry is read from the library file as the whole file parses it, and only that one', async () => {
  assert.equal(imported.code, 0, imported.stderr);
  const all = entries(library);
  assert.ok(all.length >= 5);
  for (const entry of all) assert.deepEqual(await readLibraryEntry(library, entry.id, LIBRARY_SCHEMA_VERSION), entry);
  assert.equal(await readLibraryEntry(library, 'no-such-report', LIBRARY_SCHEMA_VERSION), undefined);
  // A library of another schema version is left to its migration.
  assert.equal(await readLibraryEntry(library, all[0]!.id, LIBRARY_SCHEMA_VERSION + 1), undefined);
});

test('an id quoted inside another entry is not taken for that entry, and an entry across chunks is read whole', async () => {
  const [first, second] = entries(library);
  const path = join(tempDir(), 'library.json');
  const padding = 'ن'.repeat(700_000);
  const text = JSON.stringify({
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    savedAt: null,
    data: {
      documents: [
        { ...first, id: 'a', title: `{"id":"${second!.id}",`, abstract: padding },
        { ...second, title: `${padding} } { " \\ ` },
      ],
    },
  });
  writeFileSync(path, text);
  const read = (await readLibraryEntry(path, second!.id, LIBRARY_SCHEMA_VERSION)) as { title: string };
  assert.equal(read.title, `${padding} } { " \\ `);
});

test('show --json prints what the workbench gives, from the library file', () => {
  for (const { id } of entries(library)) {
    const fromFile = qarin(['show', '--json', id, '--project', project]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    const fromWorkbench = qarin(['show', '--json', id, '--project', project], undefined, {
      QARIN_SEARCH_IN_MEMORY: '1',
    });
    assert.equal(fromFile.stdout, fromWorkbench.stdout, id);
    assert.equal(JSON.parse(fromFile.stdout).id, id);
  }
});

test('show --json reads the one entry it prints, not the whole library', () => {
  const copy = join(tempDir(), 'copy');
  cpSync(project, copy, { recursive: true, preserveTimestamps: true });
  const copied = projectLayout(copy).library;
  const [first] = entries(copied);
  // A search proves the copied library's bytes unchanged and notes its new stamp beside the tables.
  assert.equal(qarin(['search', 'حفتر', '--project', copy]).code, 0);
  // The library's last bytes spoiled in place, its size and time kept: its stamp still matches the
  // tables', so they are trusted, and only a reader of the whole library meets the damage.
  const { size, atime, mtime } = statSync(copied);
  const file = openSync(copied, 'r+');
  writeSync(file, Buffer.from('#'), 0, 1, size - 4);
  closeSync(file);
  utimesSync(copied, atime, mtime);
  const whole = qarin(['show', '--json', first!.id, '--project', copy], undefined, { QARIN_SEARCH_IN_MEMORY: '1' });
  assert.notEqual(whole.code, 0, 'opening the whole library meets the damage');
  const one = qarin(['show', '--json', first!.id, '--project', copy]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(JSON.parse(one.stdout).id, first!.id);
});

test('show --json of a report whose stored text is missing is refused as the workbench refuses it', () => {
  const copy = join(tempDir(), 'copy');
  cpSync(project, copy, { recursive: true });
  assert.equal(qarin(['search', 'حفتر', '--project', copy]).code, 0);
  rmSync(projectLayout(copy).texts, { recursive: true });
  const [first] = entries(projectLayout(copy).library);
  const run = qarin(['show', '--json', first!.id, '--project', copy]);
  assert.equal(run.code, 1, run.stdout);
  assert.match(run.stderr, /is missing/);
  const whole = qarin(['show', '--json', first!.id, '--project', copy], undefined, { QARIN_SEARCH_IN_MEMORY: '1' });
  assert.equal(run.stderr, whole.stderr);
});
