import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserLexicons } from '../../src-main/services/compare/userLexicons';
import { ProjectWriterLock } from '../../src-main/services/persistence/ProjectWriterLock';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { tempDir } from '../helpers/tempDir';

const writerScript = fileURLToPath(new URL('../helpers/addLexiconEntries.ts', import.meta.url));
const PER_WRITER = 12;

function givenNames(folder: string): string[] {
  return readFileSync(join(folder, 'additions.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('given-name\t'))
    .map((line) => line.slice('given-name\t'.length))
    .sort();
}

function expectedNames(prefixes: string[]): string[] {
  return prefixes.flatMap((prefix) => Array.from({ length: PER_WRITER }, (_, i) => `${prefix}${i + 1}`)).sort();
}

/** Starts a writer process; resolves once it is loaded and waiting, with what starts it and its end. */
async function startWriter(projectDir: string, prefix: string): Promise<{ go(): void; done: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript, projectDir, prefix, String(PER_WRITER)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`writer ${prefix} exited with ${code}: ${stderr}`)),
    );
  });
  await Promise.race([once(child.stdout, 'data'), done]);
  return { go: () => child.stdin.end('go\n'), done };
}

test('two writers in one process adding at once keep every entry', async () => {
  const layout = projectLayout(tempDir());
  const first = new UserLexicons(layout.lexicons, new ProjectWriterLock(layout.lock));
  const second = new UserLexicons(layout.lexicons, new ProjectWriterLock(layout.lock));
  await Promise.all(
    Array.from({ length: PER_WRITER }, (_, i) => [
      first.add({ kind: 'given-name', text: `أحمد${i + 1}` }),
      second.add({ kind: 'given-name', text: `سالم${i + 1}` }),
    ]).flat(),
  );
  assert.deepEqual(givenNames(layout.lexicons), expectedNames(['أحمد', 'سالم']));
  assert.deepEqual((await first.list()).entries.length, 2 * PER_WRITER);
});

test('two Qarin processes adding at once keep every entry, and leave no temporary file', async () => {
  const projectDir = tempDir();
  const writers = await Promise.all([startWriter(projectDir, 'خالد'), startWriter(projectDir, 'عمر')]);
  for (const writer of writers) writer.go();
  await Promise.all(writers.map((writer) => writer.done));
  const folder = projectLayout(projectDir).lexicons;
  assert.deepEqual(givenNames(folder), expectedNames(['خالد', 'عمر']));
  assert.deepEqual(readdirSync(folder), ['additions.tsv']);
});

test('a line added by hand after the list was read is kept by the next add and remove', async () => {
  const layout = projectLayout(tempDir());
  mkdirSync(layout.lexicons);
  const lexicons = new UserLexicons(layout.lexicons, new ProjectWriterLock(layout.lock));
  await lexicons.add({ kind: 'given-name', text: 'مفتاح' });
  appendFileSync(join(layout.lexicons, 'additions.tsv'), 'given-name\tبشير\n');
  await lexicons.add({ kind: 'given-name', text: 'سالم' });
  await lexicons.remove({ kind: 'given-name', name: 'مفتاح' });
  assert.deepEqual(givenNames(layout.lexicons), ['بشير', 'سالم']);
});
