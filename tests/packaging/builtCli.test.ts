import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';

/**
 * The command line as the build makes it (out/main/cli.js, beside the workers it spawns), run with
 * plain Node and no tsx: what an installed Qarin runs, and what bin/qarin.mjs loads when it is built.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtCli = join(root, 'out', 'main', 'cli.js');

function newestSource(): number {
  let newest = 0;
  for (const entry of readdirSync(join(root, 'src-main'), { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

before(
  () => {
    if (existsSync(builtCli) && statSync(builtCli).mtimeMs > newestSource()) return;
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(build.status, 0, `electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
  },
  { timeout: 5 * 60_000 },
);

/** Runs the built command line in a process where importing tsx would fail. */
function builtQarin(args: string[]) {
  const script = [
    `const { runCli } = await import(${JSON.stringify(pathToFileURL(builtCli).href)});`,
    "const transports = { rendererDir: '', startBrowserMode: () => Promise.reject(new Error('not here')) };",
    `process.exitCode = await runCli(${JSON.stringify(args)}, transports);`,
  ].join('\n');
  // A loader hook that refuses tsx: the build must not need it, in the main thread or a worker.
  const refuseTsx = `data:text/javascript,${encodeURIComponent(
    "export async function resolve(s, c, n) { if (s === 'tsx' || s.startsWith('tsx/')) throw new Error('tsx was loaded'); return n(s, c); }",
  )}`;
  const register = `data:text/javascript,${encodeURIComponent(
    `import { register } from 'node:module'; register(${JSON.stringify(refuseTsx)});`,
  )}`;
  const driver = join(tempDir('qarin-built-cli-'), 'driver.mjs');
  writeFileSync(driver, script);
  return spawnSync(process.execPath, ['--import', register, driver], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
}

test('the built command line imports and searches without tsx, its workers included', () => {
  const project = tempDir();
  const imported = builtQarin(['import', seedsDir, '--project', project]);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /5 added/);
  const search = builtQarin(['search', 'حفتر', '--project', project, '--json']);
  assert.equal(search.status, 0, search.stderr);
  assert.equal(JSON.parse(search.stdout).total, 3);
});
