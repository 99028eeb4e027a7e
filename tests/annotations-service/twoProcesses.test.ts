import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../src-main/api/apiError';
import { tempDir } from '../helpers/tempDir';
import { isBilingual } from './support/annotatedProject';
import { SAMPLE_DOC_ID, openSampleService, sampleRange } from './support/serviceOverText';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const writerScript = fileURLToPath(new URL('./fixtures/saveHighlightsUntilKilled.ts', import.meta.url));

test('a second process reads while another writes, is refused as a writer, and takes over (re-reading) once the first is gone', async () => {
  const folder = tempDir();
  const child = spawn(process.execPath, ['--import', 'tsx/esm', writerScript, folder], { cwd: repositoryRoot });
  const saved: string[] = [];
  let buffer = '';
  const enough = new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'loaded') child.stdin.write('go\n');
        if (line.startsWith('saved ')) saved.push(line.split(' ')[1]!);
        if (saved.length >= 5) resolve();
      }
    });
    child.on('close', () => reject(new Error('the writer stopped early')));
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  try {
    await enough;
    const reader = await openSampleService(folder);
    const seen = (await reader.list({ offset: 0, limit: 100_000 })).total;
    assert.ok(seen >= 5, 'a reader sees what the writer has saved');

    const refused = await reader.create({ docId: SAMPLE_DOC_ID, ...sampleRange(0), codeIds: [], note: 'reader' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(refused instanceof ApiError, String(refused));
    assert.equal(refused.code, 'conflict');
    assert.ok(isBilingual(refused.bilingual));
    assert.match(refused.message, new RegExp(`process ${child.pid}`));

    child.kill('SIGKILL');
    await closed;
    const mine = await reader.create({ docId: SAMPLE_DOC_ID, ...sampleRange(1), codeIds: [], note: 'reader' });
    const ids = new Set((await reader.list({ offset: 0, limit: 100_000 })).items.map((item) => item.id));
    for (const id of saved) assert.ok(ids.has(id), `the writer's highlight ${id} was re-read before writing`);
    assert.ok(ids.has(mine.id));
    const total = ids.size;
    await reader.close();

    const again = await openSampleService(folder);
    assert.equal((await again.list({ offset: 0, limit: 100_000 })).total, total);
    await again.close();
  } finally {
    child.kill('SIGKILL');
    await closed;
  }
});
