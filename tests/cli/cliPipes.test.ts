import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));
const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

const project = tempDir();
const imported = spawnSync(process.execPath, [qarinBin, 'import', seedsDir, '--project', project], {
  env,
  encoding: 'utf8',
});

/** Runs qarin with its output read until the first line, then the pipe closed, as `| head -1` does. */
function firstLineThenClose(args: string[]): Promise<{ code: number | null; firstLine: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [qarinBin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstLine = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline >= 0 && firstLine === '') {
        firstLine = stdout.slice(0, newline);
        child.stdout.destroy();
      }
    });
    child.on('close', (code) => resolve({ code, firstLine, stderr }));
  });
}

test('a closed pipe ends a search quietly, with no stack trace', async () => {
  assert.equal(imported.status, 0, imported.stderr);
  // Many results with long snippets, so the output outlasts the pipe's first read.
  const run = await firstLineThenClose(['search', 'في', '--project', project, '--limit', '50']);
  assert.notEqual(run.firstLine, '');
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
});
