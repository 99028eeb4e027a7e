import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';

/**
 * Builds the app as `npm run dist` does, offline: electron-vite, then electron-builder's unpacked
 * Linux target. The Electron binary cannot be downloaded here, so `electronDist` points at a folder
 * holding a stand-in `electron` file, which electron-builder only copies and renames. The fuses are
 * left unflipped for the same reason (flipping needs the real binary); everything else is the
 * configuration the installers use.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const productionDependencies = Object.keys(packageJson.dependencies);

let workDir: string;
let appOutDir: string;
let files: string[];
let fileSet: Set<string>;

function run(args: string[], what: string): void {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    assert.fail(
      `${what} failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`,
    );
  }
}

function readInAsar(path: string): string {
  return asar.extractFile(join(appOutDir, 'resources', 'app.asar'), path.replace(/^\//, '')).toString('utf8');
}

before(
  () => {
    workDir = mkdtempSync(join(tmpdir(), 'qarin-packaging-'));
    const electronDist = join(workDir, 'electron-dist');
    const output = join(workDir, 'release');
    const standIn = join(electronDist, 'electron');
    mkdirSync(electronDist);
    writeFileSync(standIn, '#!/bin/sh\necho "stand-in for the Electron binary"\n');
    chmodSync(standIn, 0o755);
    const config = join(workDir, 'electron-builder.json');
    writeFileSync(config, JSON.stringify({ extends: join(root, 'electron-builder.yml'), electronFuses: null }));

    run([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], 'electron-vite build');
    run(
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        '--publish',
        'never',
        '--config',
        config,
        `-c.electronDist=${electronDist}`,
        '-c.electronVersion=45.4.1',
        `-c.directories.output=${output}`,
      ],
      'electron-builder --dir --linux',
    );
    appOutDir = join(output, 'linux-unpacked');
    files = asar.listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false });
    fileSet = new Set(files);
  },
  { timeout: 10 * 60_000 },
);

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the packaged app (electron-builder --dir --linux)', () => {
  test('app.asar holds the three bundles and the built renderer', () => {
    for (const path of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      assert.ok(fileSet.has(path), `${path} is in app.asar`);
    }
    assert.ok(
      files.some((path) => /^\/out\/renderer\/assets\/[^/]+\.js$/.test(path)),
      'renderer script',
    );
    assert.ok(
      files.some((path) => /^\/out\/renderer\/assets\/[^/]+\.css$/.test(path)),
      'renderer styles',
    );
    assert.ok(
      files.some((path) => /^\/out\/renderer\/assets\/[^/]+\.woff2$/.test(path)),
      'bundled fonts',
    );
    const packaged = JSON.parse(readInAsar('/package.json')) as { main: string };
    assert.equal(packaged.main, packageJson.main);
  });

  test('every service worker is emitted beside the main bundle', () => {
    const workersDir = join(root, 'src-main', 'services', 'workers');
    const workers = readdirSync(workersDir).filter((name) => name.endsWith('.worker.ts'));
    for (const name of workers) {
      const built = `/out/main/${name.replace(/\.ts$/, '.js')}`;
      assert.ok(fileSet.has(built), `${built} is in app.asar`);
    }
  });

  test('the production dependencies and what they need are in node_modules, and no dev tool is', () => {
    const missing: string[] = [];
    for (const name of productionDependencies) {
      if (!fileSet.has(`/node_modules/${name}/package.json`)) missing.push(name);
      const own = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      for (const needed of Object.keys(own.dependencies ?? {})) {
        const found =
          fileSet.has(`/node_modules/${needed}/package.json`) ||
          fileSet.has(`/node_modules/${name}/node_modules/${needed}/package.json`);
        if (!found) missing.push(`${needed} (for ${name})`);
      }
    }
    assert.deepEqual(missing, []);
    const dev = [
      'electron',
      'electron-vite',
      'electron-builder',
      'vite',
      'react',
      'react-dom',
      'typescript',
      'tsx',
      'playwright-core',
      '@electron/asar',
    ];
    for (const name of dev) assert.ok(!fileSet.has(`/node_modules/${name}/package.json`), `${name} is not shipped`);
  });

  test('no source, test, seed or source map is inside app.asar', () => {
    const outsideModules = files.filter((path) => !path.startsWith('/node_modules/'));
    const unwanted = outsideModules.filter(
      (path) =>
        /^\/(tests|src-main|src-renderer|seeds|bench|bin|resources)(\/|$)/.test(path) ||
        /\.(ts|tsx|map)$/.test(path) ||
        /^\/(tsconfig[^/]*\.json|electron\.vite\.config\.ts|electron-builder\.yml|package-lock\.json)$/.test(path),
    );
    assert.deepEqual(unwanted, []);
    const topLevel = new Set(outsideModules.map((path) => path.split('/')[1]));
    assert.deepEqual([...topLevel].sort(), ['node_modules', 'out', 'package.json']);
  });

  test('the main bundle imports only Electron, Node built-ins and production dependencies', () => {
    const builtins = new Set(builtinModules);
    for (const path of files.filter((each) => /^\/out\/main\/[^/]+\.js$/.test(each))) {
      const code = readInAsar(path);
      // A bundled library's JSDoc may name a module in a type (`@type {import('x').T}`): not an import.
      const inComment = (index: number) =>
        /^\s*(\*|\/\/|\/\*)/.test(code.slice(code.lastIndexOf('\n', index) + 1, index));
      const specifiers = [
        ...code.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm),
        ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
      ]
        .filter((match) => !inComment(match.index))
        .map((match) => match[1]!);
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) continue;
        const bare = specifier.replace(/^node:/, '');
        const packageName = bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]!;
        const allowed =
          specifier === 'electron' ||
          builtins.has(bare) ||
          builtins.has(packageName) ||
          productionDependencies.includes(packageName);
        assert.ok(allowed, `${path} imports "${specifier}", which the packaged app does not have`);
      }
    }
  });

  test('the sandboxed preload requires nothing but electron', () => {
    const code = readInAsar('/out/preload/index.cjs');
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    assert.deepEqual([...new Set(required)], ['electron']);
    assert.doesNotMatch(code, /^\s*import\s/m, 'a sandboxed preload cannot be an ES module');
  });

  test('the seeds ship as extra resources beside app.asar, with the window icon', () => {
    const seeds = readdirSync(join(root, 'seeds')).sort();
    assert.ok(seeds.length > 0);
    assert.deepEqual(readdirSync(join(appOutDir, 'resources', 'seeds')).sort(), seeds);
    for (const name of seeds) {
      assert.equal(
        readFileSync(join(appOutDir, 'resources', 'seeds', name), 'utf8'),
        readFileSync(join(root, 'seeds', name), 'utf8'),
      );
    }
    assert.ok(existsSync(join(appOutDir, 'resources', 'icon.png')));
  });

  test('the executable carries the product name', () => {
    assert.ok(existsSync(join(appOutDir, 'qarin')));
  });
});
