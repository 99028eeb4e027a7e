import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { invoke } from '../../src-main/api/dispatch';
import { searchCommand } from '../../src-main/cli/commands/searchCommand';
import type { CliContext } from '../../src-main/cli/cliContext';
import { parseCliOptions } from '../../src-main/cli/cliOptions';
import { messagesFor } from '../../src-main/cli/messages';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { openOneShotSearch, type OneShotSearch } from '../../src-main/services/search/oneShotSearch';
import { qarin, qarinBin } from '../helpers/runQarin';
import { seedsDir } from '../helpers/seeds';
import { tempDir } from '../helpers/tempDir';

/** A word only the highlight's note holds, and a query that finds reports and that note alike. */
const NOTE_WORD = 'ملاحظةالمحلل';
const QUERY = `${NOTE_WORD} OR حفتر`;

/** The seeds, imported by the command line (so the search tables are written), and one noted highlight. */
async function projectWithHighlight(): Promise<string> {
  const project = tempDir();
  const imported = qarin(['import', seedsDir, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const hit = (await invoke(workbench.handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits[0]!;
    await invoke(workbench.handlers, 'annotations.create', {
      docId: hit.id,
      start: 0,
      end: 12,
      codeIds: [],
      note: `${NOTE_WORD} عن حفتر`,
    });
  } finally {
    await workbench.close();
  }
  return project;
}

const project = await projectWithHighlight();

/** Runs `qarin search` in this process on the project's tables, noting whether each query looked through highlights. */
async function searchRecording(argv: string[], stdinText = '') {
  const asked: boolean[] = [];
  let output = '';
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const messages = messagesFor('en');
  const context: CliContext = {
    options: parseCliOptions(['search', '--project', project, ...argv], messages),
    messages,
    transports: { rendererDir: '', startBrowserMode: () => Promise.reject(new Error('not started by search')) },
    projectDir: project,
    openWorkbench: () => Promise.reject(new Error('the tables answer: the workbench is not opened')),
    openOneShotSearch: async () => {
      const tables = await openOneShotSearch(project);
      assert.ok(tables, 'the import left search tables');
      const recording: OneShotSearch = {
        query: (request, options) => {
          asked.push(options.highlights);
          return tables.query(request, options);
        },
        documentText: (id) => tables.documentText(id),
        close: () => tables.close(),
      };
      return recording;
    },
    stdout,
    stderr: process.stderr,
    stdin: Readable.from([stdinText]),
  };
  const code = await searchCommand(context);
  return { code, asked, output };
}

test('the printed page of a search lists reports and does not look through the highlights it would not show', async () => {
  const printed = await searchRecording([QUERY]);
  assert.equal(printed.code, 0);
  assert.deepEqual(printed.asked, [false]);
  assert.match(printed.output, /^\d+ results?$/m, 'reports are listed');
  assert.doesNotMatch(printed.output, new RegExp(NOTE_WORD), 'nothing of the highlight is printed');
});

test('JSON, one query or a batch of them, carries the highlights matched', async () => {
  const single = await searchRecording(['--json', QUERY]);
  assert.deepEqual(single.asked, [true]);
  const reply = JSON.parse(single.output) as { hits: unknown[]; annotationHits?: { snippet: { text: string } }[] };
  assert.ok(reply.hits.length > 0);
  assert.equal(reply.annotationHits?.length, 1);
  assert.match(reply.annotationHits[0]!.snippet.text, new RegExp(NOTE_WORD));

  const batch = await searchRecording([], `${QUERY}\nحفتر\n`);
  assert.deepEqual(batch.asked, [true, true]);
  const lines = batch.output.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(JSON.parse(lines[0]!), reply, 'a batch line is the reply --json prints');
});

test('from the tables, both outputs are what the whole workbench prints', () => {
  for (const json of [[], ['--json']]) {
    const args = ['search', ...json, '--project', project, QUERY];
    const fromTables = spawnSync(process.execPath, [qarinBin, ...args], { encoding: 'utf8' });
    const inMemory = spawnSync(process.execPath, [qarinBin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, QARIN_SEARCH_IN_MEMORY: '1' },
    });
    assert.equal(fromTables.status, 0, fromTables.stderr);
    assert.equal(inMemory.status, 0, inMemory.stderr);
    assert.equal(fromTables.stdout, inMemory.stdout, `qarin ${args.join(' ')}`);
  }
});

test('without tables, JSON still carries the matches of many highlights, once their index is built', async () => {
  const many = tempDir();
  const imported = qarin(['import', seedsDir, '--project', many]);
  assert.equal(imported.code, 0, imported.stderr);
  const workbench = await openWorkbench({ projectDir: many });
  try {
    const hit = (await invoke(workbench.handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits[0]!;
    // More than the index builds in one turn (500): the workbench's first search finds it pending.
    for (let n = 0; n < 520; n += 1) {
      const note = n === 519 ? `${NOTE_WORD} الأخيرة` : '';
      await invoke(workbench.handlers, 'annotations.create', { docId: hit.id, start: 0, end: 12, codeIds: [], note });
    }
  } finally {
    await workbench.close();
  }
  const inMemory = spawnSync(process.execPath, [qarinBin, 'search', '--json', '--project', many, NOTE_WORD], {
    encoding: 'utf8',
    env: { ...process.env, QARIN_SEARCH_IN_MEMORY: '1' },
  });
  assert.equal(inMemory.status, 0, inMemory.stderr);
  const reply = JSON.parse(inMemory.stdout) as { annotationHits?: unknown[]; annotationHitsPending?: true };
  assert.equal(reply.annotationHitsPending, undefined);
  assert.equal(reply.annotationHits?.length, 1);
});
