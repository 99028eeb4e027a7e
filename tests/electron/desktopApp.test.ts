import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { QarinBridge } from '../../src-main/preload/bridge';
import { waitFor } from '../helpers/waitFor';

/**
 * The built desktop app, driven by Playwright: a temporary project (seeded on first run) and a
 * temporary user-data folder, so it never touches the developer's own project.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Finds the Electron binary the way the `electron` package does, without loading that package: its
 * index throws when the download never happened, which is the normal case on machines that cannot
 * reach Electron's release server.
 */
function findElectronBinary(): { path: string } | { missing: string } {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile))
    return { missing: `${pathFile} does not exist (the electron package's download did not run)` };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = join(root, 'node_modules', 'electron', 'dist', relative);
  if (!existsSync(binary)) return { missing: `${binary} named by path.txt does not exist` };
  return { path: binary };
}

const electron = findElectronBinary();
const skip = 'missing' in electron ? `Electron binary not installed: ${electron.missing}` : false;

// Browser globals for the code run inside the page: the Node test program has no DOM library.
declare const window: { qarin?: QarinBridge; location: { href: string }; open(url: string): unknown };
declare const document: { body: { innerText: string } };

describe('the desktop app', { skip }, () => {
  let app: ElectronApplication;
  let page: Page;
  let projectDir: string;
  let userDataDir: string;

  before(
    async () => {
      if (!('path' in electron)) return;
      const build = spawnSync(
        process.execPath,
        [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      assert.equal(build.status, 0, `electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
      projectDir = mkdtempSync(join(tmpdir(), 'qarin-e2e-project-'));
      rmSync(projectDir, { recursive: true });
      userDataDir = mkdtempSync(join(tmpdir(), 'qarin-e2e-userdata-'));
      const headless = process.platform === 'linux' && !process.env.DISPLAY ? ['--ozone-platform=headless'] : [];
      app = await _electron.launch({
        executablePath: electron.path,
        args: [join(root, 'out', 'main', 'index.js'), ...headless],
        cwd: root,
        env: { ...process.env, QARIN_PROJECT_DIR: projectDir, QARIN_USER_DATA_DIR: userDataDir } as Record<
          string,
          string
        >,
      });
      page = await app.firstWindow();
      await page.waitForFunction(() => typeof window.qarin?.call === 'function');
    },
    { timeout: 5 * 60_000 },
  );

  after(async () => {
    await app?.close();
    for (const dir of [projectDir, userDataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the page is the app, served on its own scheme', () => {
    assert.match(page.url(), /^qarin:\/\/app\//);
  });

  test('the seeds are listed on first run', { timeout: 2 * 60_000 }, async () => {
    const seedCount = readdirSync(join(root, 'seeds')).length;
    // The first-run import lands however it is scheduled.
    const listLibrary = () => page.evaluate(() => window.qarin!.call('library.list', { limit: 50 }));
    let library = await listLibrary();
    await waitFor(async () => (library = await listLibrary()).total >= seedCount, 'the first-run import has landed', {
      intervalMs: 100,
      timeoutMs: 110_000,
    });
    assert.equal(library.total, seedCount);
    const firstTitle = library.items[0]!.title;
    await page.waitForFunction((title) => document.body.innerText.includes(title), firstTitle);
  });

  test('searching «حفتر» finds the three reports that name him', async () => {
    const naming = readdirSync(join(root, 'seeds')).filter((name) =>
      readFileSync(join(root, 'seeds', name), 'utf8').includes('حفتر'),
    );
    assert.equal(naming.length, 3);
    const result = await page.evaluate(() => window.qarin!.call('search.query', { query: 'حفتر' }));
    assert.equal(result.total, 3);
    assert.equal(new Set(result.hits.map((hit) => hit.id)).size, 3);
  });

  test('the page has no Node: no require, no process, no module', async () => {
    const types = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
    }));
    assert.deepEqual(types, { require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
  });

  test('the bridge offers only the contract', async () => {
    const keys = await page.evaluate(() => Object.keys(window.qarin!).sort());
    assert.deepEqual(keys, [
      'call',
      'callResult',
      'chooseImportPaths',
      'grantFiles',
      'on',
      'onMenuCommand',
      'platform',
    ]);
    const reply = await page.evaluate(() => window.qarin!.callResult('shell.exec' as 'project.info', {}));
    assert.equal(reply.ok, false);
  });

  test('navigating to another URL is blocked', async () => {
    // Main reports whether its will-navigate handler (installed first) prevented the navigation.
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      (globalThis as Record<string, unknown>).navigationVerdict = new Promise((resolve) => {
        contents.once('will-navigate', (event, url) => resolve({ url, prevented: event.defaultPrevented }));
      });
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    const verdict = await app.evaluate(
      () => (globalThis as Record<string, unknown>).navigationVerdict as Promise<{ url: string; prevented: boolean }>,
    );
    assert.equal(verdict.url, 'https://example.com/');
    assert.equal(verdict.prevented, true);
    assert.match(await page.evaluate(() => window.location.href), /^qarin:\/\/app\//);
  });

  test('opening a new window is denied', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    assert.equal(opened, true);
  });

  test('a fetch to the network is refused', async () => {
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('http://example.com/');
        return 'fetched';
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    });
    assert.match(outcome, /^refused/);
  });
});
