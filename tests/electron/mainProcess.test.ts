import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { waitFor } from '../helpers/waitFor';

/**
 * The built main process (`out/main/index.js`, exactly what ships) run under plain Node with a
 * stand-in for the `electron` module, because the Electron binary cannot be installed everywhere
 * the tests run. The stand-in records what main asks of Electron; the test then drives the handlers
 * main registered (the app scheme, the request filter, IPC) against a real, temporary project that
 * main seeds on first run through the built import worker.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedNames = readdirSync(join(root, 'seeds'));

interface StandInWebContents {
  sent: unknown[][];
  windowOpenHandler?: (details: { url: string }) => { action: string };
  emit(event: string, ...args: unknown[]): boolean;
}
interface StandInWindow {
  options: { webPreferences: Record<string, unknown>; title: string };
  loadedUrl?: string;
  title: string;
  webContents: StandInWebContents;
}
type MenuTemplate = { label?: string; submenu?: MenuTemplate }[];
interface StandIn {
  recorded: {
    privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
    protocolHandlers: Map<string, (request: { url: string; method: string }) => Promise<Response>>;
    ipcHandlers: Map<
      string,
      (event: unknown, ...args: unknown[]) => Promise<{ ok: boolean; result?: unknown; error?: { code: string } }>
    >;
    windows: StandInWindow[];
    menus: MenuTemplate[];
    errorBoxes: { title: string; content: string }[];
    exitCodes: number[];
    quits: number;
    sandboxEnabled: boolean;
    session: {
      permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
      permissionCheck?: () => boolean;
      beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    };
  };
  firstWindowCreated: Promise<StandInWindow>;
  app: { emit(event: string, ...args: unknown[]): boolean; quit(): void };
}

let standIn: StandIn;
let window: StandInWindow;
let workDir: string;
let droppedReport: string;

const appFrame = { url: 'qarin://app/index.html', parent: null };

async function call(method: string, input: unknown, frame: unknown = appFrame) {
  const handler = standIn.recorded.ipcHandlers.get('qarin:call');
  assert.ok(handler, 'main registered the call channel');
  return handler({ senderFrame: frame }, method, input);
}

async function libraryTotal(): Promise<number> {
  const reply = await call('library.list', { limit: 100 });
  assert.equal(reply.ok, true, JSON.stringify(reply.error));
  return (reply.result as { total: number }).total;
}

before(
  async () => {
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(build.status, 0, `electron-vite build failed:\n${build.stdout}\n${build.stderr}`);

    workDir = mkdtempSync(join(tmpdir(), 'qarin-main-'));
    droppedReport = join(workDir, 'report-from-command-line.txt');
    writeFileSync(droppedReport, 'تقرير ثالث عن اجتماع القيادات العسكرية في مدينة سرت.\n\nنص التقرير.\n');
    process.env.QARIN_USER_DATA_DIR = join(workDir, 'user-data');
    process.env.QARIN_PROJECT_DIR = join(workDir, 'project');
    // As a packaged app launched with one file to open ("Open with Qarin").
    process.argv = [process.execPath, droppedReport];

    register(new URL('./standIn/electronStandInLoader.mjs', import.meta.url));
    standIn = (await import('electron' as string)) as unknown as StandIn;
    await import(pathToFileURL(join(root, 'out', 'main', 'index.js')).href);
    window = await standIn.firstWindowCreated;
  },
  { timeout: 5 * 60_000 },
);

after(async () => {
  // Quitting closes the project, which waits for the imports still running.
  standIn?.app.quit();
  try {
    if (standIn) await waitFor(() => standIn.recorded.quits >= 2, 'the app has quit');
  } finally {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  }
});

describe('the main process, built, with a stand-in Electron', () => {
  test('it started without an error dialog or an exit', () => {
    assert.deepEqual(standIn.recorded.errorBoxes, []);
    assert.deepEqual(standIn.recorded.exitCodes, []);
  });

  test('the window is sandboxed, isolated, without Node, and loads the app scheme', () => {
    const preferences = window.options.webPreferences;
    assert.equal(preferences.sandbox, true);
    assert.equal(preferences.contextIsolation, true);
    assert.equal(preferences.nodeIntegration, false);
    assert.equal(preferences.webviewTag, false);
    assert.ok(existsSync(String(preferences.preload)), `the preload ${preferences.preload} exists`);
    assert.equal(window.loadedUrl, 'qarin://app/index.html');
    assert.equal(standIn.recorded.sandboxEnabled, true);
  });

  test('the app scheme is privileged and serves the built renderer with the CSP header', async () => {
    assert.deepEqual(
      standIn.recorded.privilegedSchemes.map((entry) => entry.scheme),
      ['qarin'],
    );
    const serve = standIn.recorded.protocolHandlers.get('qarin');
    assert.ok(serve);
    const page = await serve({ url: 'qarin://app/index.html', method: 'GET' });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const html = await page.text();
    assert.equal(html, readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8'));
    const script = html.match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    assert.ok(script, 'the page names its script');
    const asset = await serve({ url: `qarin://app/${script}`, method: 'GET' });
    assert.match(asset.headers.get('content-type') ?? '', /^text\/javascript/);
    const escape = await serve({ url: 'qarin://app/..%2f..%2fpackage.json', method: 'GET' });
    assert.equal(escape.status, 404);
  });

  test('the session grants no permission and cancels every request that could leave the machine', () => {
    const { session } = standIn.recorded;
    let granted: boolean | undefined;
    session.permissionRequest!({}, 'media', (answer) => (granted = answer));
    assert.equal(granted, false);
    assert.equal(session.permissionCheck!(), false);
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    assert.equal(verdict('http://example.com/'), true);
    assert.equal(verdict('https://fonts.googleapis.com/css'), true);
    assert.equal(verdict('qarin://app/assets/index.js'), false);
  });

  test('navigation away and new windows are refused', () => {
    const contents = window.webContents;
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.com/');
    assert.equal(prevented, true);
    let stayed = false;
    contents.emit('will-navigate', { preventDefault: () => (stayed = true) }, 'qarin://app/index.html');
    assert.equal(stayed, false);
    assert.deepEqual(contents.windowOpenHandler!({ url: 'https://example.com/' }), { action: 'deny' });
  });

  test('the first run imports the seeds, and the file given on the command line', { timeout: 2 * 60_000 }, async () => {
    const expected = seedNames.length + 1;
    await waitFor(async () => (await libraryTotal()) >= expected, 'both queued imports have landed', {
      timeoutMs: 110_000,
    });
    assert.equal(await libraryTotal(), seedNames.length + 1);
    const found = await call('search.query', { query: 'حفتر' });
    assert.equal((found.result as { total: number }).total, 3);
  });

  test('IPC from any frame but the app page is refused', async () => {
    for (const frame of [
      { url: 'https://example.com/', parent: null },
      { url: 'qarin://app/index.html', parent: appFrame },
    ]) {
      const reply = await call('project.info', {}, frame);
      assert.equal(reply.ok, false);
      assert.equal(reply.error?.code, 'forbidden');
    }
  });

  test('the menu follows the language the renderer sets', async () => {
    const firstMenu = standIn.recorded.menus.at(-1)!;
    assert.equal(firstMenu[0]!.label, 'ملف');
    const reply = await call('settings.set', { language: 'en' });
    assert.equal(reply.ok, true);
    assert.equal(standIn.recorded.menus.at(-1)![0]!.label, 'File');
    assert.equal(window.title, 'Qarin');
    await call('settings.set', { language: 'ar' });
    assert.equal(standIn.recorded.menus.at(-1)![0]!.label, 'ملف');
  });

  test('import progress reaches the window as contract events', () => {
    const events = window.webContents.sent
      .filter((message) => message[0] === 'qarin:event')
      .map((message) => message[1]);
    assert.ok(events.includes('import.done'), `events sent: ${[...new Set(events)].join(', ')}`);
  });
});
