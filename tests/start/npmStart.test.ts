import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { tempDir } from '../helpers/tempDir';

/**
 * `npm start` (scripts/start.mjs) on a machine without Electron's binary: once with a download that
 * succeeds, from a mirror on 127.0.0.1 serving a stand-in archive, and once with a download that
 * cannot succeed, where it must fall back to the browser mode. The electron package is a scratch
 * copy, so the test never writes into node_modules.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const launcher = join(root, 'scripts', 'start.mjs');
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version;
const archiveName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
const unsupported = process.platform === 'win32' ? 'the stand-in binary is a shell script' : false;

/** A copy of the electron package whose installer finds its dependencies in the repository's node_modules. */
function scratchElectronPackage(): string {
  const folder = tempDir('qarin-electron-package-');
  const electron = join(folder, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'index.js', 'cli.js', 'checksums.json']) {
    copyFileSync(join(root, 'node_modules', 'electron', file), join(electron, file));
  }
  for (const dependency of ['@electron', '@electron-internal']) {
    symlinkSync(join(root, 'node_modules', dependency), join(folder, 'node_modules', dependency));
  }
  return electron;
}

/** A zip laid out like Electron's release: an executable `electron` (here a script noting its launch). */
async function standInArchive(): Promise<Buffer> {
  const zip = new JSZip();
  const script = '#!/bin/sh\nprintf "%s\\n" "$@" > "$QARIN_TEST_LAUNCH_RECORD"\n';
  zip.file('electron', script, { unixPermissions: 0o755 });
  zip.file('version', `v${electronVersion}`);
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
}

/** A release mirror on 127.0.0.1 with the archive and its checksum, as Electron's downloader asks for them. */
async function mirrorServing(archive: Buffer): Promise<{ server: Server; url: string; requested: string[] }> {
  const requested: string[] = [];
  const checksum = `${createHash('sha256').update(archive).digest('hex')} *${archiveName}\n`;
  const server = createServer((request, response) => {
    requested.push(request.url ?? '');
    if (request.url === `/v${electronVersion}/${archiveName}`) response.end(archive);
    else if (request.url === `/v${electronVersion}/SHASUMS256.txt`) response.end(checksum);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requested };
}

function startLauncher(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [launcher], {
    cwd: root,
    env: {
      ...process.env,
      LANG: 'C.UTF-8',
      LC_ALL: '',
      LC_MESSAGES: '',
      QARIN_PROJECT_DIR: tempDir('qarin-start-project-'),
      ...env,
    },
  });
}

function collect(child: ChildProcessWithoutNullStreams): {
  stdout: () => string;
  stderr: () => string;
  closed: Promise<number | null>;
} {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { stdout: () => stdout, stderr: () => stderr, closed };
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 4 * 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start', { skip: unsupported }, () => {
  test(
    'installs Electron through its own installer from the mirror, then launches it on the app',
    { timeout: 6 * 60_000 },
    async () => {
      const electron = scratchElectronPackage();
      const mirror = await mirrorServing(await standInArchive());
      const launchRecord = join(tempDir('qarin-launch-'), 'launched.txt');
      try {
        const run = collect(
          startLauncher({
            QARIN_ELECTRON_PACKAGE_DIR: electron,
            ELECTRON_MIRROR: mirror.url,
            electron_config_cache: tempDir('qarin-electron-cache-'),
            electron_use_remote_checksums: '1',
            QARIN_TEST_LAUNCH_RECORD: launchRecord,
          }),
        );
        const code = await run.closed;
        assert.equal(code, 0, `${run.stdout()}\n${run.stderr()}`);
        assert.ok(mirror.requested.includes(`/v${electronVersion}/${archiveName}`), mirror.requested.join(', '));
        assert.equal(readFileSync(join(electron, 'path.txt'), 'utf8'), 'electron');
        assert.ok(existsSync(join(electron, 'dist', 'electron')));
        assert.ok(existsSync(launchRecord), 'the installed binary was launched');
        assert.equal(readFileSync(launchRecord, 'utf8').split('\n')[0], root, 'on the app folder');
        assert.doesNotMatch(run.stdout(), /browser/);
      } finally {
        mirror.server.close();
      }
    },
  );

  test(
    'without a reachable download, says so in one line and serves the workbench, opened in the browser',
    { timeout: 6 * 60_000 },
    async () => {
      const closedPort = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const fakeBin = tempDir('qarin-fake-bin-');
      const opened = join(fakeBin, 'opened.txt');
      writeFileSync(join(fakeBin, 'xdg-open'), `#!/bin/sh\nprintf "%s" "$1" > "${opened}"\n`);
      chmodSync(join(fakeBin, 'xdg-open'), 0o755);
      if (process.platform === 'darwin') copyFileSync(join(fakeBin, 'xdg-open'), join(fakeBin, 'open'));
      const launched = startLauncher({
        QARIN_ELECTRON_PACKAGE_DIR: scratchElectronPackage(),
        ELECTRON_MIRROR: `http://127.0.0.1:${closedPort}/`,
        electron_config_cache: tempDir('qarin-electron-cache-'),
        PATH: fakeBin,
      });
      const run = collect(launched);
      try {
        const url = await waitFor(
          'the address',
          () => /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(run.stdout())?.[0],
        );
        const lines = run.stdout().split('\n');
        assert.equal(lines.filter((line) => /could not be had/.test(line)).length, 1, run.stdout());
        assert.match(
          lines.find((line) => /could not be had/.test(line))!,
          /npx install-electron/,
        );
        assert.ok(
          lines.some((line) => line.includes(url) && /open in your browser/.test(line)),
          run.stdout(),
        );
        const page = await fetch(url);
        assert.equal(page.status, 200);
        const token = new URL(url).searchParams.get('token');
        const documentCount = async () => {
          const info = await fetch(new URL('/api/call/project.info', url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: '{}',
          });
          return ((await info.json()) as { result: { documentCount: number } }).result.documentCount;
        };
        let seeded = 0;
        for (let tries = 0; tries < 600 && seeded < 5; tries++) {
          seeded = await documentCount();
          if (seeded < 5) await new Promise((resolve) => setTimeout(resolve, 200));
        }
        assert.equal(seeded, 5, 'a new project starts with the five seed reports, as in the desktop app');
        assert.equal(
          await waitFor('the browser opener', () => (existsSync(opened) ? readFileSync(opened, 'utf8') : undefined)),
          url,
        );
        assert.doesNotMatch(run.stderr(), /\n\s+at /, 'no stack trace');
      } finally {
        launched.kill('SIGTERM');
        await run.closed;
      }
    },
  );

  test(
    'where there is no browser opener, or it fails, prints the address to open',
    { timeout: 6 * 60_000 },
    async () => {
      // xdg-open exits 3 where it finds no browser (no display, nothing installed).
      const failingOpener = tempDir('qarin-failing-opener-');
      writeFileSync(join(failingOpener, 'xdg-open'), '#!/bin/sh\nexit 3\n');
      chmodSync(join(failingOpener, 'xdg-open'), 0o755);
      if (process.platform === 'darwin') copyFileSync(join(failingOpener, 'xdg-open'), join(failingOpener, 'open'));
      for (const path of [tempDir('qarin-empty-path-'), failingOpener]) {
        const launched = startLauncher({
          QARIN_ELECTRON_PACKAGE_DIR: scratchElectronPackage(),
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
          electron_config_cache: tempDir('qarin-electron-cache-'),
          PATH: path,
        });
        const run = collect(launched);
        try {
          const line = await waitFor('the address', () =>
            run
              .stdout()
              .split('\n')
              .find((text) => /127\.0\.0\.1:\d+\/\?token=/.test(text)),
          );
          assert.match(line, /^Open this address in your browser: http:\/\/127\.0\.0\.1:\d+\/\?token=/, path);
        } finally {
          launched.kill('SIGTERM');
          await run.closed;
        }
      }
    },
  );
});
