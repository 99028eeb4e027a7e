import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { libraryListingPath } from '../../src-main/services/project/libraryListing';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { BuiltMainProcess, buildAppIfStale, type CallReply } from '../helpers/builtMainProcess';
import { qarin } from '../helpers/runQarin';
import { damageLibraryAfterTwoImports } from '../helpers/damagedLibrary';
import { seedsDir } from '../helpers/seeds';
import { waitFor } from '../helpers/waitFor';

/**
 * The desktop app opens its window and answers the page over IPC while the project is still
 * opening, as `qarin serve` does: the built main process, with the stand-in Electron, in a child
 * process per project (see mainProcessChild.mjs), whose reads of the library the test holds, or
 * whose damaged-library dialog it leaves up, for as long as it wants the project to stay opening.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedCount = readdirSync(join(root, 'seeds')).length;
const running: BuiltMainProcess[] = [];
const workDir = mkdtempSync(join(tmpdir(), 'qarin-main-early-'));
let folders = 0;

/** A new folder, removed with the others once every main process of the file has stopped. */
function tempDir(): string {
  const folder = join(workDir, String(folders++));
  mkdirSync(folder);
  return folder;
}

/** Long enough for a call that is answered at once to come back; one that waits for the project does not. */
const A_WHILE_MS = 400;

function startMain(projectDir: string, holds: { holdLibrary?: boolean; holdDialog?: boolean }) {
  const main = new BuiltMainProcess({ projectDir, userDataDir: join(tempDir(), 'user-data'), ...holds });
  running.push(main);
  return main;
}

/** The seeds imported by the command line (which notes the search tables), with English settings. */
async function seededProject(): Promise<string> {
  const project = tempDir();
  const imported = qarin(['import', seedsDir, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  const workbench = await openWorkbench({ projectDir: project });
  try {
    await invoke(workbench.handlers, 'settings.set', { language: 'en' });
  } finally {
    await workbench.close();
  }
  return project;
}

/** A project of the seeds whose library was saved over by a second import, then damaged. */
function damagedProject(): string {
  const project = tempDir();
  damageLibraryAfterTwoImports(project, tempDir());
  return project;
}

/** A call whose reply is kept, to tell later whether it has come back yet. */
function pending(reply: Promise<CallReply | undefined>) {
  const call = { reply, answered: false };
  void reply.then(() => (call.answered = true));
  return call;
}

function total(reply: CallReply | undefined): number {
  assert.ok(reply, 'main registered the call channel');
  assert.equal(reply.ok, true, JSON.stringify(reply.error));
  return (reply.result as { total: number }).total;
}

before(buildAppIfStale, { timeout: 5 * 60_000 });
after(() => {
  running.forEach((main) => main.stop());
  rmSync(workDir, { recursive: true, force: true });
});

describe('the main process opens the window while the project opens', { timeout: 4 * 60_000 }, () => {
  test('the window, the menu and early answers come while the library is still being read', async () => {
    const main = startMain(await seededProject(), { holdLibrary: true });
    await main.next('library-read-held');
    const window = await main.next('window', 30_000);
    assert.equal(window.title, 'Qarin', 'the title follows the saved settings, read before the project is open');
    const state = await main.state();
    assert.equal(state.menuLabel, 'File');
    assert.equal(state.windows[0]?.loadedUrl, 'qarin://app/index.html');

    const found = await main.call('search.query', { query: 'حفتر' }, 30_000);
    assert.equal(total(found), 3, 'a search is answered before the project is open');

    const listedEarly = await main.call('library.list', { limit: 100 }, 30_000);
    assert.equal(total(listedEarly), seedCount, 'the library is listed before the project is open');

    // The listing's rows do not hold import times: that sort is left to the project.
    const listed = pending(main.call('library.list', { limit: 100, sort: 'imported' }));
    await new Promise((resolve) => setTimeout(resolve, A_WHILE_MS));
    assert.equal(listed.answered, false, 'a call early answers cannot give waits for the project');
    main.send({ type: 'release-library' });
    assert.equal(total(await listed.reply), seedCount, 'and the open project answers it');

    main.send({ type: 'quit' });
    await waitFor(async () => (await main.state()).quits >= 2, 'the app has closed the project and quit');
    const end = await main.state();
    assert.deepEqual(end.errorBoxes, []);
    assert.deepEqual(end.exitCodes, []);
  });

  test('quitting while the project opens waits for it and closes it', async () => {
    const main = startMain(await seededProject(), { holdLibrary: true });
    await main.next('window', 30_000);
    main.send({ type: 'quit' });
    await new Promise((resolve) => setTimeout(resolve, A_WHILE_MS));
    assert.equal((await main.state()).quits, 1, 'the quit waits for the project to open');
    main.send({ type: 'release-library' });
    await waitFor(async () => (await main.state()).quits >= 2, 'the app has closed the project and quit');
    const end = await main.state();
    assert.deepEqual(end.errorBoxes, []);
    assert.deepEqual(end.exitCodes, []);
  });

  test('a project opened without its library listing writes it, for the next start to answer early', async () => {
    const project = await seededProject();
    const listing = libraryListingPath(projectLayout(project));
    rmSync(listing);
    const main = startMain(project, {});
    await main.next('window', 30_000);
    assert.equal(total(await main.call('library.list', { limit: 100 }, 30_000)), seedCount);
    await waitFor(() => existsSync(listing), 'the listing is written again', { timeoutMs: 20_000 });
    main.send({ type: 'quit' });
    await waitFor(async () => (await main.state()).quits >= 2, 'the app has closed the project and quit');
  });

  describe('a damaged library', () => {
    let damaged: string;
    before(() => {
      damaged = damagedProject();
    });
    const copyOf = (project: string) => {
      const copy = join(tempDir(), 'project');
      cpSync(project, copy, { recursive: true });
      return copy;
    };

    test('calls made while the restore dialog is up are answered by the restored project', async () => {
      const main = startMain(copyOf(damaged), { holdDialog: true });
      const dialog = await main.next('message-box', 30_000);
      assert.equal((dialog.buttons as string[]).length, 2, 'restore or close');
      await main.next('window', 30_000);
      const found = pending(main.call('search.query', { query: 'حفتر' }));
      await new Promise((resolve) => setTimeout(resolve, A_WHILE_MS));
      assert.equal(found.answered, false, 'the search waits: the damaged library says nothing early');

      main.send({ type: 'answer-dialog', response: 0 });
      assert.equal(total(await found.reply), 3);
      assert.equal(
        total(await main.call('library.list', { limit: 100 })),
        seedCount,
        'the backup before the second import',
      );
      const state = await main.state();
      assert.deepEqual(state.errorBoxes, []);
      assert.deepEqual(state.exitCodes, []);
    });

    test('when the user closes instead, waiting calls fail naming the library and the app exits', async () => {
      const main = startMain(copyOf(damaged), { holdDialog: true });
      await main.next('message-box', 30_000);
      await main.next('window', 30_000);
      const found = pending(main.call('search.query', { query: 'حفتر' }));
      main.send({ type: 'answer-dialog', response: 1 });
      const reply = await found.reply;
      assert.equal(reply?.ok, false);
      assert.equal(reply?.error?.code, 'corrupt');
      assert.match(reply?.error?.message.en ?? '', /could not be opened.*library\.json/s);
      assert.match(reply?.error?.message.ar ?? '', /تعذّر فتح المشروع/);
      assert.equal((await main.next('exit')).code, 1);
      assert.deepEqual((await main.state()).errorBoxes, [], 'the dialog already said why');
    });
  });
});
