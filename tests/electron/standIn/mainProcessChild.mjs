// Runs the built main process (`out/main/index.js`) with the stand-in Electron in a process of its
// own, driven by a test over the channel `fork` opens: main runs once per process, and a test of how
// it starts needs a fresh one for each project. It reports what main does as it happens, with the
// milliseconds since this process began; it calls main's IPC handlers as the app's page would.
//
// QARIN_TEST_HOLD_LIBRARY=1 holds every read of a `library.json` until the test sends
// `release-library`, so that the project stays opening as long as the test wants (as a library of
// 30,000 reports does for over a second); QARIN_TEST_HOLD_DIALOG=1 leaves each message box up until
// the test sends `answer-dialog`. QARIN_TEST_FIRST_SEARCH=QUERY searches for it over IPC as soon
// as main registers its call channel, and reports the answer (`first-search`), as a page that asks
// at once would, and lists the library (`project-open`, which only the open project answers); QARIN_TEST_MAIN_BUNDLE runs another build of main (the bench's before and after).
import fs from 'node:fs';
import { register, syncBuiltinESMExports } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const startedAt = performance.now();
const root = fileURLToPath(new URL('../../..', import.meta.url));
const appFrame = { url: 'qarin://app/index.html', parent: null };

function report(message) {
  process.send?.({ ...message, at: performance.now() - startedAt });
}

let releaseLibrary = () => undefined;
if (process.env.QARIN_TEST_HOLD_LIBRARY === '1') {
  const libraryReleased = new Promise((resolve) => (releaseLibrary = resolve));
  for (const name of ['open', 'readFile']) {
    const original = fs.promises[name];
    fs.promises[name] = async function heldUntilReleased(path, ...rest) {
      if (typeof path === 'string' && basename(path) === 'library.json') {
        report({ type: 'library-read-held' });
        await libraryReleased;
      }
      return original.call(this, path, ...rest);
    };
  }
  // The built main imports these from `node:fs/promises`: its bindings must see the change.
  syncBuiltinESMExports();
}

register(new URL('./electronStandInLoader.mjs', import.meta.url));
const standIn = await import('electron');

const dialogAnswers = [];
if (process.env.QARIN_TEST_HOLD_DIALOG === '1') {
  standIn.answerMessageBoxesWith(() => new Promise((resolve) => dialogAnswers.push(resolve)));
}
standIn.happenings.on('window', (window) => report({ type: 'window', title: window.title }));
standIn.happenings.on('ipc-handler', (channel) => {
  report({ type: 'ipc-handler', channel });
  const query = process.env.QARIN_TEST_FIRST_SEARCH;
  if (channel !== 'qarin:call' || !query) return;
  void standIn.recorded.ipcHandlers
    .get(channel)({ senderFrame: appFrame }, 'search.query', { query, limit: 20 })
    .then((reply) => report({ type: 'first-search', ok: reply.ok, total: reply.result?.total }));
  // Early answers cannot list the library: its answer tells when the whole project is open.
  void standIn.recorded.ipcHandlers
    .get(channel)({ senderFrame: appFrame }, 'library.list', { limit: 1 })
    .then((reply) => report({ type: 'project-open', ok: reply.ok }));
});
standIn.happenings.on('message-box', (options) => report({ type: 'message-box', buttons: options.buttons }));
standIn.happenings.on('exit', (code) => report({ type: 'exit', code }));

function state() {
  const { recorded } = standIn;
  return {
    windows: recorded.windows.map((window) => ({ title: window.title, loadedUrl: window.loadedUrl })),
    menuLabel: recorded.menus.at(-1)?.[0]?.label,
    errorBoxes: recorded.errorBoxes,
    exitCodes: recorded.exitCodes,
    quits: recorded.quits,
    events: (recorded.windows[0]?.webContents.sent ?? [])
      .filter((message) => message[0] === 'qarin:event')
      .map((message) => message[1]),
  };
}

process.on('message', (message) => {
  switch (message.type) {
    case 'call': {
      const handler = standIn.recorded.ipcHandlers.get('qarin:call');
      if (!handler) {
        report({ type: 'reply', id: message.id, registered: false });
        break;
      }
      handler({ senderFrame: appFrame }, message.method, message.input).then(
        (reply) => report({ type: 'reply', id: message.id, registered: true, reply }),
        (error) => report({ type: 'reply', id: message.id, registered: true, thrown: String(error) }),
      );
      break;
    }
    case 'release-library':
      releaseLibrary();
      break;
    case 'answer-dialog':
      dialogAnswers.shift()?.({ response: message.response });
      break;
    case 'quit':
      standIn.app.quit();
      break;
    case 'state':
      report({ type: 'state', id: message.id, state: state() });
      break;
  }
});

// As the app started without files to open: this script is not one.
process.argv = [process.execPath];
report({ type: 'loading-main' });
await import(pathToFileURL(process.env.QARIN_TEST_MAIN_BUNDLE || join(root, 'out', 'main', 'index.js')).href);
report({ type: 'main-loaded' });
