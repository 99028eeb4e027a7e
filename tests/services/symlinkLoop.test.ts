import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tempDir';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

test('a folder with two symbolic links to itself imports each file once, and finishes', () => {
  const folder = join(tempDir(), 'reports');
  mkdirSync(join(folder, 'inner'), { recursive: true });
  writeFileSync(join(folder, 'one.txt'), 'تقرير أول عن اجتماع القاهرة');
  writeFileSync(join(folder, 'inner', 'two.txt'), 'تقرير ثان عن اجتماع طرابلس');
  symlinkSync('.', join(folder, 'loop-a'));
  symlinkSync('.', join(folder, 'loop-b'));
  symlinkSync('..', join(folder, 'inner', 'up'));
  const run = spawnSync(process.execPath, [qarinBin, 'import', folder, '--project', tempDir(), '--json'], {
    encoding: 'utf8',
    // A scan that loops would grow without end: stop it early rather than take the machine's memory.
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=384' },
  });
  assert.equal(run.status, 0, `${run.signal ?? ''} ${run.stderr.slice(0, 500)}`);
  const report = JSON.parse(run.stdout) as { added: { path: string }[]; duplicates: unknown[] };
  assert.deepEqual(report.added.map((added) => added.path.slice(folder.length)).sort(), ['/inner/two.txt', '/one.txt']);
  assert.deepEqual(report.duplicates, []);
});
