import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { invoke } from '../../src-main/api/dispatch';
import { searchCommand } from '../../src-main/cli/commands/searchCommand';
import type { CliContext } from '../../src-main/cli/cliContext';
import { parseCliOptions } from '../../src-main/cli/cliOptions';
import { messagesFor } from '../../src-main/cli/messages';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { openOneShotSearch, type OneShotSearch } from '../../src-main/services/search/oneShotSearch';
import { qarin } from '../helpers/runQarin';
import { seedsDir } from '../helpers/seeds';
import { tempDir } from '../helpers/tempDir';

/** A word only the highlight's note holds, and a query that finds reports and that note alike. */
const NOTE_WORD = 'ملاحظةالمحلل';
const QUERY = `${NOTE_WORD} OR حفتر`;

/**
 * The seeds, imported by the command line (so the search tables are written), and `count`
 * highlights on a report of Haftar, the last of them noted with NOTE_WORD.
 */
async function projectWithHighlights(count: number): Promise<string> {
  const project = tempDir();
  const imported = qarin(['import', seedsDir, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const hit = (await invoke(workbench.handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits[0]!;
    for (let n = 1; n <= count; n += 1) {
      const note = n === count ? `${NOTE_WORD} عن حفتر` : '';
      await invoke(workbench.handlers, 'annotations.create', { docId: hit.id, start: 0, end: 12, codeIds: [], note });
    }
  } finally {
    await workbench.close();
  }
  return project;
}

/** `qarin search` through the whole workbench instead of the tables. */
const IN_MEMORY = { QARIN_SEARCH_IN_MEMORY: '1' };

const project = await projectWithHighlights(1);

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
    const fromTables = qarin(args);
    const inMemory = qarin(args, undefined, IN_MEMORY);
    assert.equal(fromTables.code, 0, fromTables.stderr);
    assert.equal(inMemory.code, 0, inMemory.stderr);
    assert.equal(fromTables.stdout, inMemory.stdout, `qarin ${args.join(' ')}`);
  }
});

test('without tables, JSON still carries the matches of many highlights, once their index is built', async () => {
  // More than the index builds in one turn (500): the workbench's first search finds it pending.
  const many = await projectWithHighlights(520);
  const inMemory = qarin(['search', '--json', '--project', many, NOTE_WORD], undefined, IN_MEMORY);
  assert.equal(inMemory.code, 0, inMemory.stderr);
  const reply = JSON.parse(inMemory.stdout) as { annotationHits?: unknown[]; annotationHitsPending?: true };
  assert.equal(reply.annotationHitsPending, undefined);
  assert.equal(reply.annotationHits?.length, 1);
});
