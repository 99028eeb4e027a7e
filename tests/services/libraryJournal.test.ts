import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { LibraryJournal } from '../../src-main/services/project/libraryJournal';
import type { LibraryData, LibraryEntry } from '../../src-main/services/project/libraryEntry';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { openSearchTables } from '../../src-main/services/search/tables/searchTablesFreshness';
import { tempDir } from '../helpers/tempDir';

function folderOfReports(count: number, word: string): string {
  const folder = join(tempDir(), 'reports');
  mkdirSync(folder);
  for (let n = 0; n < count; n += 1)
    writeFileSync(
      join(folder, `r${String(n).padStart(3, '0')}.txt`),
      `تقرير ${word} ${n}\nاجتمع ${word} لبحث الملف ${n}.`,
    );
  return folder;
}

/** Imports `folder` into a fresh project and returns that project's library entries. */
async function importedEntries(folder: string): Promise<{ project: string; entries: LibraryEntry[] }> {
  const project = tempDir();
  const workbench = await openWorkbench({ projectDir: project, preloadSearch: false });
  await runImport(workbench, [folder]);
  await workbench.close();
  const stored = JSON.parse(readFileSync(join(project, 'library.json'), 'utf8')) as { data: LibraryData };
  return { project, entries: stored.data.documents };
}

test('a journal keeps whole batches in order and skips a line cut by a kill', async () => {
  const { entries } = await importedEntries(folderOfReports(6, 'الوفد'));
  const journal = new LibraryJournal(join(tempDir(), 'library.journal'));
  assert.deepEqual(await journal.read(), [], 'no journal, no reports');
  await journal.append(entries.slice(0, 2));
  await journal.append(entries.slice(2, 4));
  // A process killed mid-append leaves part of a line, without its end.
  appendFileSync(journal.path, JSON.stringify(entries.slice(4, 5)).slice(0, 40));
  await journal.append(entries.slice(5, 6));
  const read = await journal.read();
  assert.deepEqual(
    read.map((entry) => entry.id),
    [0, 1, 2, 3, 5].map((n) => entries[n]!.id),
  );
  await journal.clear();
  assert.equal(existsSync(journal.path), false);
  assert.deepEqual(await journal.read(), []);
});

test('a journal holding a line it cannot read as entries is kept aside, not removed', async () => {
  const { entries } = await importedEntries(folderOfReports(2, 'الوفد'));
  const folder = tempDir();
  const journal = new LibraryJournal(join(folder, 'library.journal'));
  await journal.append(entries.slice(0, 1));
  // Whole JSON, but not entries this version reads: written by another version, or edited.
  const foreign = JSON.stringify([{ ...entries[1], id: 42 }]);
  appendFileSync(journal.path, `\n${foreign}\n`);
  assert.deepEqual(
    (await journal.read()).map((entry) => entry.id),
    [entries[0]!.id],
  );
  await journal.clear();
  assert.equal(existsSync(journal.path), false);
  const aside = readdirSync(folder).filter((name) => name.startsWith('library.journal.unread-'));
  assert.equal(aside.length, 1, 'the journal is renamed aside');
  assert.ok(readFileSync(join(folder, aside[0]!), 'utf8').includes(foreign), 'with the line it could not read');
});

test('opening a project replays the batches a stopped import journaled, then writes them into the library', async () => {
  const { project, entries: first } = await importedEntries(folderOfReports(5, 'الوفد'));
  const layout = projectLayout(project);
  assert.ok(await openSearchTables(layout), 'the finished import left tables that match its library');

  // What an import killed after two batches leaves: texts stored, batches journaled, library.json as it was.
  const other = await importedEntries(folderOfReports(8, 'الهدنة'));
  cpSync(join(other.project, 'texts'), layout.texts, { recursive: true });
  const journal = new LibraryJournal(layout.libraryJournal);
  await journal.append(other.entries.slice(0, 4));
  await journal.append(other.entries.slice(4));
  assert.equal(
    await openSearchTables(layout),
    undefined,
    'one-shot search does not use tables that lack the journaled reports',
  );

  const workbench = await openWorkbench({ projectDir: project });
  try {
    const listed = await invoke(workbench.handlers, 'library.list', { limit: 100 });
    assert.equal(listed.total, first.length + other.entries.length);
    assert.equal((await invoke(workbench.handlers, 'search.query', { query: 'الهدنة' })).total, other.entries.length);
    assert.equal(existsSync(layout.libraryJournal), false, 'the journal is written into the library');
    const stored = JSON.parse(readFileSync(layout.library, 'utf8')) as { data: LibraryData };
    assert.deepEqual(
      new Set(stored.data.documents.map((entry) => entry.id)),
      new Set([...first, ...other.entries].map((entry) => entry.id)),
    );
  } finally {
    await workbench.close();
  }
});

test('an import into a project with a library journals its batches and leaves no journal at its end', async () => {
  const { project } = await importedEntries(folderOfReports(3, 'الوفد'));
  const layout = projectLayout(project);
  const libraryBefore = readFileSync(layout.library, 'utf8');
  const workbench = await openWorkbench({ projectDir: project, preloadSearch: false, importCommitEvery: 10 });
  let journalAtSaving = '';
  let libraryAtSaving = '';
  try {
    await runImport(workbench, [folderOfReports(45, 'الهدنة')], {
      onProgress: (progress) => {
        // Every batch has been saved when the import starts its final save.
        if (progress.phase !== 'saving') return;
        journalAtSaving = existsSync(layout.libraryJournal) ? readFileSync(layout.libraryJournal, 'utf8') : '';
        libraryAtSaving = readFileSync(layout.library, 'utf8');
      },
    });
    assert.equal(libraryAtSaving, libraryBefore, 'batches do not rewrite the library file');
    const batches = journalAtSaving.split('\n').filter((line) => line !== '');
    assert.ok(batches.length >= 1, 'the batches are in the journal');
    assert.equal(existsSync(layout.libraryJournal), false);
    const stored = JSON.parse(readFileSync(layout.library, 'utf8')) as { data: LibraryData };
    assert.equal(stored.data.documents.length, 48);
    assert.equal((await invoke(workbench.handlers, 'library.list', { limit: 100 })).total, 48);
  } finally {
    await workbench.close();
  }
  assert.ok(await openSearchTables(layout), 'the tables match the library written at the end');
});
