import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { resolveWorkerUrl } from '../../src-main/services/workers/resolveWorkerUrl';

function runWorker(url: URL): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.once('message', (message) => {
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', reject);
  });
}

test('from source, a .ts worker beside the module runs, with imports of other .ts files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qarin-worker-'));
  try {
    writeFileSync(join(dir, 'double.ts'), 'export const double = (n: number): number => n * 2;\n');
    writeFileSync(
      join(dir, 'probe.worker.ts'),
      "import { parentPort } from 'node:worker_threads';\nimport { double } from './double';\nparentPort!.postMessage(double(21));\n",
    );
    const moduleUrl = pathToFileURL(join(dir, 'resolveWorkerUrl.ts')).href;
    assert.equal(await runWorker(resolveWorkerUrl('probe', moduleUrl)), 42);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('built, the worker is the <name>.worker.js sibling of the bundle', () => {
  const url = resolveWorkerUrl('import', 'file:///app/resources/app.asar/out/main/index.js');
  assert.equal(url.href, 'file:///app/resources/app.asar/out/main/import.worker.js');
});

test('a worker name cannot climb out of the folder', () => {
  assert.throws(() => resolveWorkerUrl('../evil', 'file:///app/out/main/index.js'), /Invalid worker name/);
});
