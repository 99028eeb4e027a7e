import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openOneShotSearch } from '../../src-main/services/search/oneShotSearch';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

function qarin(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [qarinBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const QUERIES = [
  'حفتر',
  'الفريق أول',
  '"الفريق أول ركن"',
  'اجتم*',
  'الهدنة -حفتر',
  '-حفتر الهدنة',
  'سرت OR طرابلس',
  'title:حفتر',
  'source:غير_موجود حفتر',
  'after:2030-01-01 حفتر',
  'epithelial',
  'كلمةلاتوجد',
];

const project = tempDir();
const tables = searchTablesLayout(projectLayout(project).index);
const imported = qarin(['import', seedsDir, '--project', project]);

async function usesTables(projectDir = project): Promise<boolean> {
  const search = await openOneShotSearch(projectDir);
  await search?.close();
  return search !== undefined;
}

test('after an import, a one-shot search reads the tables and prints what the whole workbench prints', async () => {
  assert.equal(imported.code, 0, imported.stderr);
  assert.ok(await usesTables(), 'the import left tables known to match the library');
  // Every query kind in one batch each way (JSON lines), and the printed form for a few.
  for (const limit of ['10', '2']) {
    const args = ['search', '--project', project, '--limit', limit];
    const batch = QUERIES.join('\n');
    const fromTables = spawnSync(process.execPath, [qarinBin, ...args], { input: batch, encoding: 'utf8' });
    const inMemory = spawnSync(process.execPath, [qarinBin, ...args], {
      input: batch,
      encoding: 'utf8',
      env: { ...process.env, QARIN_SEARCH_IN_MEMORY: '1' },
    });
    assert.equal(fromTables.status, 0, fromTables.stderr);
    assert.equal(fromTables.stdout.trim().split('\n').length, QUERIES.length);
    assert.equal(fromTables.stdout, inMemory.stdout);
  }
  for (const query of ['الفريق أول', 'الهدنة -حفتر', 'كلمةلاتوجد']) {
    const args = ['search', query, '--project', project];
    const fromTables = qarin(args);
    assert.equal(fromTables.code, 0, fromTables.stderr);
    assert.equal(fromTables.stderr, '');
    assert.equal(fromTables.stdout, qarin(args, { QARIN_SEARCH_IN_MEMORY: '1' }).stdout, `qarin ${args.join(' ')}`);
  }
});

test('show prints a document from the tables as the workbench does, and refuses an unknown id alike', () => {
  const id = (
    JSON.parse(qarin(['search', 'حفتر', '--project', project, '--json']).stdout) as { hits: { id: string }[] }
  ).hits[0]!.id;
  const fromTables = qarin(['show', id, '--project', project]);
  assert.equal(fromTables.code, 0, fromTables.stderr);
  assert.equal(fromTables.stdout, qarin(['show', id, '--project', project], { QARIN_SEARCH_IN_MEMORY: '1' }).stdout);
  const unknown = qarin(['show', 'no-such-report', '--project', project]);
  assert.equal(unknown.code, 1);
  assert.equal(
    unknown.stderr,
    qarin(['show', 'no-such-report', '--project', project], { QARIN_SEARCH_IN_MEMORY: '1' }).stderr,
  );
});

test('a copied project, its library the same bytes under a new stamp, still searches the tables', async () => {
  const copy = join(tempDir(), 'copy');
  // As a backup restored or a project moved to another disk: new inodes and new times.
  cpSync(project, copy, { recursive: true });
  const copiedLibrary = projectLayout(copy).library;
  assert.notEqual(statSync(copiedLibrary).ino, statSync(projectLayout(project).library).ino);
  assert.ok(await usesTables(copy), 'the library is proven unchanged by its bytes');
  const args = ['search', 'الفريق أول', '--project', copy];
  assert.equal(qarin(args).stdout, qarin(args, { QARIN_SEARCH_IN_MEMORY: '1' }).stdout);
  // Noted under the new stamp, so the next command checks the stamp alone.
  const note = JSON.parse(readFileSync(searchTablesLayout(projectLayout(copy).index).libraryStamp, 'utf8'));
  const { ino, size, mtimeMs } = statSync(copiedLibrary);
  assert.equal(note.library, `${ino}:${size}:${mtimeMs}`);
});

test('a library written since the tables were noted sends the search to the workbench, which notes them again', async () => {
  const library = projectLayout(project).library;
  // The same reports in other bytes: only the workbench can tell, so the tables are not trusted.
  writeFileSync(library, JSON.stringify(JSON.parse(readFileSync(library, 'utf8')), null, 1));
  const later = new Date(Date.now() + 5_000);
  utimesSync(library, later, later);
  assert.equal(await usesTables(), false, 'a changed library is not trusted');
  const run = qarin(['search', 'حفتر', '--project', project, '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '', 'falling back says nothing');
  assert.ok(JSON.parse(run.stdout).hits.length > 0);
  assert.ok(await usesTables(), 'the search noted that the tables match the library again');
});

test('missing tables are written again by the first search, which still answers', async () => {
  rmSync(tables.dir, { recursive: true, force: true });
  assert.equal(await usesTables(), false);
  const expected = qarin(['search', 'الفريق', '--project', project, '--json'], { QARIN_SEARCH_IN_MEMORY: '1' });
  const first = qarin(['search', 'الفريق', '--project', project, '--json']);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, expected.stdout);
  assert.ok(existsSync(tables.meta));
  assert.ok(await usesTables());
  assert.equal(qarin(['search', 'الفريق', '--project', project, '--json']).stdout, expected.stdout);
});

test('damaged tables are passed over for the whole index, which writes them again', async () => {
  rmSync(tables.postings);
  assert.equal(await usesTables(), false);
  const expected = qarin(['search', 'حفتر', '--project', project, '--json'], { QARIN_SEARCH_IN_MEMORY: '1' });
  const run = qarin(['search', 'حفتر', '--project', project, '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, expected.stdout);
  assert.ok(await usesTables());
});
