import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { removeLeftoverTemporaryFiles, writeFileDurably } from '../../src-main/services/persistence/writeFileDurably';
import { DurableTextFile } from '../../src-main/services/persistence/DurableTextFile';
import { temporaryFolder } from './fixtures/temporaryFolder';

test('writeFileDurably creates and then replaces a file, leaving no temporary file behind', async () => {
  const folder = await temporaryFolder();
  const target = join(folder, 'settings.json');
  await writeFileDurably(target, '{"a":1}');
  assert.equal(await readFile(target, 'utf8'), '{"a":1}');
  await writeFileDurably(target, 'ملاحظة');
  assert.equal(await readFile(target, 'utf8'), 'ملاحظة');
  assert.deepEqual(await readdir(folder), ['settings.json']);
});

test('writeFileDurably fails without creating anything when the folder is missing', async () => {
  const folder = await temporaryFolder();
  await assert.rejects(writeFileDurably(join(folder, 'missing', 'x.json'), 'x'), { code: 'ENOENT' });
  assert.deepEqual(await readdir(folder), []);
});

test('writeFileDurably refused by beforeRename leaves the target as it was and no temporary file', async () => {
  const folder = await temporaryFolder();
  const target = join(folder, 'additions.tsv');
  await writeFile(target, 'old');
  const refusal = new Error('changed meanwhile');
  let sawNewDataWritten = false;
  await assert.rejects(
    writeFileDurably(target, 'new', {
      beforeRename: async () => {
        sawNewDataWritten = (await readdir(folder)).some((name) => name.startsWith('.additions.tsv.'));
        throw refusal;
      },
    }),
    refusal,
  );
  assert.ok(sawNewDataWritten, 'the check runs once the temporary file is written');
  assert.equal(await readFile(target, 'utf8'), 'old');
  assert.deepEqual(await readdir(folder), ['additions.tsv']);
});

/** A process id above any the system hands out (Linux's largest is 4,194,304): never running. */
const GONE = 99_999_999;

test('removeLeftoverTemporaryFiles removes only the temporaries of the named targets', async () => {
  const folder = await temporaryFolder();
  const names = [
    `.library.json.${GONE}.4.tmp`,
    `.library.json.${GONE}-2.5.tmp`,
    `.settings.json.${GONE}.1.tmp`,
    'library.json',
  ];
  for (const name of [...names, '.library.json.notes']) {
    await writeFile(join(folder, name), 'x');
  }
  await removeLeftoverTemporaryFiles(folder, (target) => target === 'library.json');
  assert.deepEqual((await readdir(folder)).sort(), [
    '.library.json.notes',
    `.settings.json.${GONE}.1.tmp`,
    'library.json',
  ]);
});

test('removeLeftoverTemporaryFiles keeps the temporaries of a process still running: they may be writes in flight', async () => {
  const folder = await temporaryFolder();
  const inFlight = `.annotations.json.${process.pid}-1.7.tmp`;
  const left = `.annotations.json.${GONE}-0.3.tmp`;
  for (const name of [inFlight, left, 'annotations.json']) await writeFile(join(folder, name), 'x');
  await removeLeftoverTemporaryFiles(folder, (target) => target === 'annotations.json');
  assert.deepEqual((await readdir(folder)).sort(), [inFlight, 'annotations.json'].sort());
});

test('DurableTextFile: every awaited write finds its own text or a newer one on disk', async () => {
  const folder = await temporaryFolder();
  const file = new DurableTextFile(join(folder, 'notes.json'));
  const texts = Array.from({ length: 30 }, (_, index) => `state ${index}`);
  const seenOnResolve: string[] = [];
  await Promise.all(
    texts.map((text, index) =>
      file.write(text).then(async () => {
        seenOnResolve[index] = await readFile(file.path, 'utf8');
      }),
    ),
  );
  texts.forEach((text, index) => {
    const seenIndex = texts.indexOf(seenOnResolve[index]!);
    assert.ok(seenIndex >= index, `write of "${text}" resolved while the file held "${seenOnResolve[index]}"`);
  });
  assert.equal(await file.read(), 'state 29');
});

test('DurableTextFile: a failed write rejects its callers and later writes still land', async () => {
  const folder = await temporaryFolder();
  const file = new DurableTextFile(join(folder, 'absent-folder', 'notes.json'));
  await assert.rejects(file.write('lost'), { code: 'ENOENT' });
  const working = new DurableTextFile(join(folder, 'notes.json'));
  await working.write('first');
  await working.write('second');
  assert.equal(await readFile(working.path, 'utf8'), 'second');
});

test('two threads of one process writing one target never share a temporary file', async () => {
  // Found in review: each thread counted its temporaries from zero under the process's pid, so
  // the clusters thread's first save of the signatures took the search worker's temporary name,
  // failed, and removed the other thread's file in flight.
  const folder = await temporaryFolder();
  const target = join(folder, 'similarity.bin');
  const moduleUrl = new URL('../../src-main/services/persistence/writeFileDurably.ts', import.meta.url).href;
  const inThread = (data: string) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(
        // Node does not pass tsx's loader on to worker threads: it is registered inside (as resolveWorkerUrl does).
        `import { workerData } from 'node:worker_threads';
         const { register } = await import(workerData.tsxLoader);
         register();
         const { writeFileDurably } = await import(workerData.moduleUrl);
         await writeFileDurably(workerData.target, workerData.data);`,
        { eval: true, workerData: { tsxLoader: import.meta.resolve('tsx/esm/api'), moduleUrl, target, data } },
      );
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
  // Both threads' first writes, at once, many times over.
  for (let round = 0; round < 20; round++) {
    await Promise.all([inThread(`a${round}`), inThread(`b${round}`), writeFileDurably(target, `c${round}`)]);
    assert.match(await readFile(target, 'utf8'), new RegExp(`^[abc]${round}$`));
  }
  assert.deepEqual(await readdir(folder), ['similarity.bin']);
});
