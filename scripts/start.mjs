#!/usr/bin/env node
// `npm start`: builds what changed, makes sure Electron's binary is there (fetching it through the
// electron package's own installer when it is not), and opens the desktop app. Where the binary
// cannot be had (no network, a blocked download), it says so in one line and opens the same
// workbench in the default browser through `qarin serve` instead, so `npm start` always starts.
//
// Electron 45 no longer downloads its binary when `npm install` runs, and electron-vite's preview
// only reads node_modules/electron/path.txt, which nothing has written on a fresh clone: that is why
// this launcher exists instead of `electron-vite preview`.
//
// Environment: QARIN_ELECTRON_PACKAGE_DIR names another copy of the electron package (tests use a
// scratch copy, so a test never writes into node_modules). Electron's own variables (ELECTRON_MIRROR,
// electron_config_cache, electron_use_remote_checksums…) reach its installer unchanged.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronPackage = process.env.QARIN_ELECTRON_PACKAGE_DIR || join(root, 'node_modules', 'electron');
const appArgs = process.argv.slice(2);

const messages = {
  en: {
    building: 'Building the app…',
    buildFailed: 'The build failed (see above).',
    fetching: 'Fetching Electron’s binary (once)…',
    noElectron: (reason) =>
      `Electron’s binary could not be had (${reason}); opening the workbench in your browser instead. ` +
      'For the desktop app, run "npx install-electron" when online (or set ELECTRON_MIRROR), then "npm start".',
    openAt: (url) => `Qarin is open in your browser at ${url}`,
    openYourself: (url) => `Open this address in your browser: ${url}`,
    serveFailed: 'The browser mode did not start (see above).',
  },
  ar: {
    building: 'بناء التطبيق…',
    buildFailed: 'فشل البناء (انظر أعلاه).',
    fetching: 'تنزيل ملف Electron التنفيذي (مرة واحدة)…',
    noElectron: (reason) =>
      `تعذّر الحصول على ملف Electron التنفيذي (${reason})؛ تُفتح منضدة العمل في المتصفح بدلًا منه. ` +
      'لتطبيق سطح المكتب نفّذ «npx install-electron» عند الاتصال (أو اضبط ELECTRON_MIRROR) ثم «npm start».',
    openAt: (url) => `قارِن مفتوح في المتصفح على ${url}`,
    openYourself: (url) => `افتح هذا العنوان في المتصفح: ${url}`,
    serveFailed: 'لم يبدأ وضع المتصفح (انظر أعلاه).',
  },
};
const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
const say = messages[locale.toLowerCase().startsWith('ar') ? 'ar' : 'en'];

/** The newest modification time of the files under the given paths (folders recursively). */
function newestChange(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Builds with electron-vite unless out/ is newer than every source it is made from. */
function buildIfStale() {
  const outputs = ['main/index.js', 'main/cli.js', 'preload/index.cjs', 'renderer/index.html'].map((file) =>
    join(root, 'out', file),
  );
  const built = outputs.every((file) => existsSync(file))
    ? Math.min(...outputs.map((file) => statSync(file).mtimeMs))
    : 0;
  const sources = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'package.json'].map((path) =>
    join(root, path),
  );
  if (built > newestChange(sources)) return true;
  console.log(say.building);
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) console.error(say.buildFailed);
  return build.status === 0;
}

/** The binary as the electron package names it in path.txt, or undefined when it is not installed. */
function electronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/**
 * Runs the electron package's installer (its `install-electron` command), which downloads the binary
 * for this version and platform, checks it and unpacks it. Returns the reason when it fails: the
 * last line the installer printed, since its whole output is a stack trace nobody asked for.
 */
function installElectron() {
  console.log(say.fetching);
  const installer = spawnSync(process.execPath, [join(electronPackage, 'install.js')], {
    cwd: electronPackage,
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  if (installer.status === 0 && electronBinary()) return undefined;
  const output = `${installer.stderr ?? ''}\n${installer.stdout ?? ''}`;
  const reason =
    installer.error?.message ??
    output
      .split('\n')
      .map((line) => line.trim())
      .find((line) => /error|fail|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/i.test(line) && !line.startsWith('at ')) ??
    `the installer exited with ${installer.status ?? installer.signal}`;
  return reason.length > 160 ? `${reason.slice(0, 157)}…` : reason;
}

/** Runs a child to its end, passing Ctrl+C on, and exits with its code. */
function runToEnd(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** The first program of these found on PATH, or undefined. */
function findOnPath(names) {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      if (folder && existsSync(join(folder, name))) return join(folder, name);
    }
  }
  return undefined;
}

/**
 * An opener still running after this long has started a browser that keeps it waiting (xdg-open
 * waits for some browsers to close): the page is open.
 */
const OPENER_SETTLES_MS = 3000;

/**
 * Opens a URL in the default browser and tells `opened` whether it did: not where there is nothing
 * to open it with, nor where the opener fails (xdg-open exits 3 without a display or a browser).
 */
function openInBrowser(url, opened) {
  const opener =
    process.platform === 'win32'
      ? { command: 'cmd', args: ['/c', 'start', '', url] }
      : { command: findOnPath(process.platform === 'darwin' ? ['open'] : ['xdg-open']), args: [url] };
  if (!opener.command) return opened(false);
  let told = false;
  const tell = (value) => {
    if (!told) opened(value);
    told = true;
  };
  const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
  child.on('error', () => tell(false));
  child.on('exit', (code) => tell(code === 0));
  setTimeout(() => tell(true), OPENER_SETTLES_MS).unref();
  child.unref();
}

/**
 * `qarin serve`, its address printed and opened in the browser; runs until it ends or Ctrl+C. A new
 * project starts with the bundled seeds, as the desktop app's first run does.
 */
function serveInBrowser() {
  const serve = spawn(process.execPath, [join(root, 'bin', 'qarin.mjs'), 'serve', '--seeds', join(root, 'seeds')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  let opened = false;
  serve.stdout.setEncoding('utf8');
  serve.stdout.on('data', (chunk) => {
    if (opened) return;
    printed += chunk;
    const url = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(printed)?.[0];
    if (!url) return;
    opened = true;
    openInBrowser(url, (inBrowser) => console.log(inBrowser ? say.openAt(url) : say.openYourself(url)));
  });
  serve.on('close', () => {
    if (!opened) console.error(say.serveFailed);
  });
  runToEnd(serve);
}

if (!buildIfStale()) process.exit(1);
let binary = electronBinary();
let reason;
if (!binary) {
  reason = installElectron();
  binary = reason === undefined ? electronBinary() : undefined;
}
if (binary) {
  runToEnd(spawn(binary, [root, ...appArgs], { cwd: root, stdio: 'inherit' }));
} else {
  console.log(say.noElectron(reason ?? 'not installed'));
  serveInBrowser();
}
