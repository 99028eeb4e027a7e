import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { tempDir } from '../helpers/tempDir';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

interface Run {
  pid: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function startImport(folder: string, project: string): Promise<Run> {
  const child = spawn(process.execPath, [qarinBin, 'import', folder, '--project', project, '--json', '--lang', 'en'], {
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ pid: child.pid ?? -1, code, stdout, stderr })));
}

function folderOfReports(label: string, count: number): string {
  const folder = join(tempDir(), label);
  mkdirSync(folder);
  for (let n = 0; n < count; n += 1) {
    writeFileSync(
      join(folder, `${label}-${n}.txt`),
      `تقرير ${label} رقم ${n}\nاجتمع الوفد في القاهرة لبحث الملف ${n} من ${label}.`,
    );
  }
  return folder;
}

function libraryIds(project: string): Set<string> {
  const stored = JSON.parse(readFileSync(join(project, 'library.json'), 'utf8')) as {
    data: { documents: { id: string }[] };
  };
  return new Set(stored.data.documents.map((document) => document.id));
}

test('two processes importing into one project lose nothing that either acknowledged', async (t) => {
  const project = tempDir();
  const [first, second] = await Promise.all([
    startImport(folderOfReports('bbc', 300), project),
    startImport(folderOfReports('cnn', 300), project),
  ]);
  const stored = libraryIds(project);
  t.diagnostic(`exit codes ${first.code} and ${second.code}; ${stored.size} reports stored`);
  let succeeded = 0;
  for (const [run, other] of [
    [first, second],
    [second, first],
  ] as const) {
    if (run.code === 0) {
      succeeded += 1;
      const report = JSON.parse(run.stdout) as { added: { id: string }[] };
      assert.equal(report.added.length, 300);
      const lost = report.added.filter((added) => !stored.has(added.id));
      assert.equal(lost.length, 0, `${lost.length} acknowledged reports of process ${run.pid} are missing`);
    } else {
      // Refused: one clear line naming the process that holds the project, no stack trace.
      assert.match(run.stderr, new RegExp(`process ${other.pid}`), run.stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /, run.stderr);
    }
  }
  assert.ok(succeeded >= 1, `${first.stderr}\n${second.stderr}`);
});

test('an import first takes in what another writer saved since the project was opened', async () => {
  const project = tempDir();
  const first = await openWorkbench({ projectDir: project, preloadSearch: false });
  const second = await openWorkbench({ projectDir: project, preloadSearch: false });
  try {
    const bbc = await runImport(first, [folderOfReports('bbc', 3)]);
    const cnn = await runImport(second, [folderOfReports('cnn', 3)]);
    const stored = libraryIds(project);
    for (const added of [...bbc.added, ...cnn.added]) assert.ok(stored.has(added.id), `${added.path} was lost`);
    assert.equal((await invoke(second.handlers, 'library.list', {})).total, 6);
    assert.equal((await invoke(second.handlers, 'search.query', { query: 'bbc' })).total, 3);
  } finally {
    await first.close();
    await second.close();
  }
});
