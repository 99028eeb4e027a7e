import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { ParsedCopy } from '../../src-main/services/persistence/ParsedCopy';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import type { LibraryData } from '../../src-main/services/project/libraryEntry';
import { importedSeeds } from '../helpers/importedSeeds';

/** Opens the project as the app does, keeping the library's parsed copy, and closes it once that is done. */
async function openAsTheAppDoes(projectDir: string): Promise<void> {
  const workbench = await openWorkbench({ projectDir, preloadSearch: false, keepLibraryCopy: { afterOpenMs: 0 } });
  await workbench.libraryCopyKept?.();
  await workbench.close();
}

async function titles(projectDir: string): Promise<string[]> {
  const workbench = await openWorkbench({ projectDir, preloadSearch: false });
  try {
    const listed = await invoke(workbench.handlers, 'library.list', { limit: 100, sort: 'title' });
    return listed.items.map((item) => item.title);
  } finally {
    await workbench.close();
  }
}

test('the app and serve write the library’s parsed copy after opening, and the next opening reads it', async () => {
  const { project } = await importedSeeds();
  const layout = projectLayout(project);
  const expected = await titles(project);
  assert.equal(expected.length, 5);
  assert.ok(!existsSync(layout.libraryParsedCopy), 'a one-shot command writes no copy');

  await openAsTheAppDoes(project);
  assert.ok(existsSync(layout.libraryParsedCopy), 'written once the project is open');

  // A copy saying otherwise for the very same library text is what the next opening shows.
  const digest = createHash('sha256').update(readFileSync(layout.library)).digest('hex');
  const copy = new ParsedCopy(layout.libraryParsedCopy);
  const envelope = (await copy.read(digest)) as { data: LibraryData };
  assert.ok(envelope, 'the copy is of the library text as it is');
  const [first] = envelope.data.documents;
  assert.ok(first);
  first.title = 'عنوان من النسخة المحفوظة';
  await copy.write(digest, envelope);
  assert.ok((await titles(project)).includes('عنوان من النسخة المحفوظة'), 'the library was read from its copy');
});

test('a copy already current is not written again, and closing before the delay writes none', async () => {
  const { project } = await importedSeeds();
  const layout = projectLayout(project);
  const waiting = await openWorkbench({
    projectDir: project,
    preloadSearch: false,
    keepLibraryCopy: { afterOpenMs: 60_000 },
  });
  const closed = performance.now();
  await waiting.close();
  assert.ok(performance.now() - closed < 10_000, 'closing does not wait for the delay');
  assert.ok(!existsSync(layout.libraryParsedCopy));

  await openAsTheAppDoes(project);
  const written = statSync(layout.libraryParsedCopy);
  await openAsTheAppDoes(project);
  const after = statSync(layout.libraryParsedCopy);
  assert.equal(after.ino, written.ino, 'opened from the copy: nothing to write');
  assert.equal(after.mtimeMs, written.mtimeMs);
});
