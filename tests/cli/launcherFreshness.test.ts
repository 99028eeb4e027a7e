import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../e2e/support/buildRenderer';
import { tempDir } from '../helpers/tempDir';

/**
 * A checkout with the real launcher, a "build" and "sources" that each only say which they are:
 * the launcher must run the sources whenever any of them changed after the build was made.
 */
function checkout(): { root: string; touch: (path: string, secondsAfterBuild: number) => void } {
  const root = tempDir();
  mkdirSync(join(root, 'bin'));
  for (const file of ['qarin.mjs', 'buildFreshness.mjs'])
    copyFileSync(join(repoRoot, 'bin', file), join(root, 'bin', file));
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  const say = (what: string) => `export async function runCli() { process.stdout.write('${what}'); return 0; }\n`;
  mkdirSync(join(root, 'out', 'main'), { recursive: true });
  writeFileSync(join(root, 'out', 'main', 'cli.js'), say('build'));
  mkdirSync(join(root, 'src-main', 'cli'), { recursive: true });
  writeFileSync(join(root, 'src-main', 'cli', 'main.ts'), say('sources'));
  mkdirSync(join(root, 'src-shared'));
  writeFileSync(join(root, 'src-shared', 'formatNumber.ts'), 'export const shared = 1;\n');
  const builtAt = Date.now() / 1000 - 100;
  const touch = (path: string, secondsAfterBuild: number) =>
    utimesSync(join(root, path), builtAt + secondsAfterBuild, builtAt + secondsAfterBuild);
  touch('out/main/cli.js', 0);
  touch('src-main/cli/main.ts', -10);
  touch('src-shared/formatNumber.ts', -10);
  return { root, touch };
}

function ran(root: string): string {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'qarin.mjs')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('the launcher runs the build only while it is current', () => {
  it('runs the build when no source changed after it', () => {
    assert.equal(ran(checkout().root), 'build');
  });

  it('runs the sources when src-main changed after the build', () => {
    const { root, touch } = checkout();
    touch('src-main/cli/main.ts', 10);
    assert.equal(ran(root), 'sources');
  });

  it('runs the sources when src-shared, which the build also holds, changed after it', () => {
    const { root, touch } = checkout();
    touch('src-shared/formatNumber.ts', 10);
    assert.equal(ran(root), 'sources');
  });
});
