import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, uptime } from 'node:os';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { openOneShotSearch } from '../../src-main/services/search/oneShotSearch';
import {
  HighlightSearchTables,
  highlightTablesLayout,
  highlightTablesStamp,
} from '../../src-main/services/search/tables/highlightSearchTables';
import { openSearchTables, readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { qarin } from '../helpers/runQarin';
import { seedsDir } from '../helpers/seeds';
import { tempDir } from '../helpers/tempDir';

/** Words only the highlights' notes hold. */
const NOTE_WORD = 'ملاحظةالمحلل';
const LATER_WORD = 'ملاحظةلاحقة';
/**
 * The seeds, imported by the command line (so the reports' search tables are written), and
 * highlights on two reports, one of them noted; with the longest word the first quote holds.
 */
async function projectWithHighlights(): Promise<{ project: string; quoteWord: string }> {
  let quoteWord = '';
  const project = tempDir();
  const imported = qarin(['import', seedsDir, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  await withWorkbench(project, async (handlers) => {
    const reports = (await invoke(handlers, 'search.query', { query: 'حفتر OR الهدنة', limit: 2 })).hits;
    assert.equal(reports.length, 2);
    for (const [n, report] of reports.entries()) {
      for (const [start, end] of [
        [0, 40],
        [60, 140],
      ] as const) {
        const note = n === 1 && start === 0 ? `${NOTE_WORD} عن الهدنة` : '';
        const made = await invoke(handlers, 'annotations.create', { docId: report.id, start, end, codeIds: [], note });
        quoteWord ||= made.target.quote.exact.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
      }
    }
  });
  settleTime(projectLayout(project).annotations);
  return { project, quoteWord };
}

async function withWorkbench(
  project: string,
  use: (handlers: Awaited<ReturnType<typeof openWorkbench>>['handlers']) => Promise<void>,
): Promise<void> {
  const workbench = await openWorkbench({ projectDir: project });
  try {
    await use(workbench.handlers);
  } finally {
    await workbench.close();
  }
}

/** What a one-shot `qarin search --json` answers for each query, the command closed after (writing what it keeps). */
async function oneShotAnswers(project: string, queries = QUERIES) {
  const search = await openOneShotSearch(project);
  assert.ok(search, 'the import left the reports search tables');
  try {
    const answers = [];
    for (const query of queries)
      answers.push(await search.query({ query, offset: 0, limit: 20 }, { highlights: true }));
    return answers;
  } finally {
    await search.close();
  }
}

/** The highlights' tables' stamp, or undefined when they have none. */
async function tablesStamp(project: string): Promise<string | undefined> {
  return (await readSearchTablesMeta(highlightTablesLayout(projectLayout(project).index).dir))?.fingerprint;
}

async function currentStamp(project: string): Promise<string | undefined> {
  const reports = await openSearchTables(projectLayout(project));
  assert.ok(reports);
  try {
    return await highlightTablesStamp(projectLayout(project), reports);
  } finally {
    reports.close();
  }
}

/**
 * Gives a file a time of whole seconds, which `spoilKeepingStamp` can give back exactly (a time
 * of finer grain does not survive the round trip through `utimes`).
 */
function settleTime(path: string): void {
  const seconds = Math.floor(statSync(path).mtimeMs / 1000) - 1;
  utimesSync(path, seconds, seconds);
}

/** Overwrites a settled file in place with bytes of the same length and gives it back its time: its stamp is unchanged. */
function spoilKeepingStamp(path: string): () => void {
  const before = readFileSync(path);
  const seconds = statSync(path).mtimeMs / 1000;
  assert.ok(Number.isInteger(seconds), `${path} has a settled time`);
  writeFileSync(path, Buffer.alloc(before.length, 0x20));
  utimesSync(path, seconds, seconds);
  return () => {
    writeFileSync(path, before);
    utimesSync(path, seconds, seconds);
  };
}

const { project, quoteWord } = await projectWithHighlights();
/** Queries that find quotes, notes, both, or no highlight at all. */
const QUERIES = [quoteWord, NOTE_WORD, `${NOTE_WORD} OR ${quoteWord}`, `"${NOTE_WORD} عن"`, 'كلمةلاتوجد'];
const layout = projectLayout(project);

test('the first one-shot search writes the highlights tables, and the next answers from them alone', async () => {
  let workbenchAnswers: unknown[] = [];
  await withWorkbench(project, async (handlers) => {
    workbenchAnswers = [];
    for (const query of QUERIES) workbenchAnswers.push(await invoke(handlers, 'search.query', { query, limit: 20 }));
  });
  assert.equal(await tablesStamp(project), undefined, 'no tables before a one-shot search');

  const first = await oneShotAnswers(project);
  assert.deepEqual(first, workbenchAnswers, 'the annotations answer as the workbench does');
  const fields = first.flatMap((answer) => answer.annotationHits ?? []).map((hit) => hit.field);
  assert.ok(fields.includes('note') && fields.includes('quote'), 'quotes and notes are matched');
  assert.equal(await tablesStamp(project), await currentStamp(project), 'the command kept tables of them');

  // Blanked with their stamp kept, the annotations could not answer: the tables do.
  const restore = spoilKeepingStamp(layout.annotations);
  try {
    assert.deepEqual(await oneShotAnswers(project), workbenchAnswers);
  } finally {
    restore();
  }
});

test('highlights changed after the tables were written are searched as they are now', async () => {
  await oneShotAnswers(project, [NOTE_WORD]);
  const written = await tablesStamp(project);
  assert.ok(written);
  await withWorkbench(project, async (handlers) => {
    const report = (await invoke(handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits[0]!;
    await invoke(handlers, 'annotations.create', {
      docId: report.id,
      start: 10,
      end: 30,
      codeIds: [],
      note: LATER_WORD,
    });
  });
  settleTime(layout.annotations);
  const [later] = await oneShotAnswers(project, [LATER_WORD]);
  assert.equal(later!.annotationHits?.length, 1, 'the new note is found');
  assert.notEqual(await tablesStamp(project), written);
  assert.equal(await tablesStamp(project), await currentStamp(project), 'and the tables were written again');
});

test('damaged tables give way to the annotations, and are written again', async () => {
  const [reference] = await oneShotAnswers(project, [NOTE_WORD]);
  assert.equal(reference!.annotationHits?.length, 1);
  const { fields } = highlightTablesLayout(layout.index);
  truncateSync(fields, 0);
  assert.deepEqual(await oneShotAnswers(project, [NOTE_WORD]), [reference]);
  const restore = spoilKeepingStamp(layout.annotations);
  try {
    assert.deepEqual(await oneShotAnswers(project, [NOTE_WORD]), [reference], 'the tables answer again');
  } finally {
    restore();
  }
  // A table cut short fails them as they open: the files already opened are closed with them.
  truncateSync(highlightTablesLayout(layout.index).tables.documents, 3);
  const openFiles = () => readdirSync('/proc/self/fd').length;
  const before = openFiles();
  assert.equal(await HighlightSearchTables.open(layout, (await currentStamp(project))!), undefined);
  assert.equal(openFiles(), before, 'no file left open');
  assert.deepEqual(await oneShotAnswers(project, [NOTE_WORD]), [reference]);
});

/** A lock file naming the test runner that started this process: alive, on this machine. */
function holdLock(path: string): () => void {
  const owner = { pid: process.ppid, host: hostname(), bootedAt: Date.now() - uptime() * 1000, command: 'qarin' };
  writeFileSync(path, JSON.stringify(owner));
  return () => rmSync(path);
}

test('the tables are written while the app holds the project, and not while another command writes them', async () => {
  const tablesDir = highlightTablesLayout(layout.index).dir;
  // The app open on the project holds its writer lock, which it must find free to save a highlight.
  rmSync(tablesDir, { recursive: true, force: true });
  let release = holdLock(layout.lock);
  try {
    await oneShotAnswers(project, [NOTE_WORD]);
    assert.equal(await tablesStamp(project), await currentStamp(project), 'written beside the app');
    assert.ok(existsSync(layout.lock), "the app's lock left as it was");
  } finally {
    release();
  }
  // Another command writing them: this one leaves them to it.
  rmSync(tablesDir, { recursive: true, force: true });
  release = holdLock(layout.highlightTablesLock);
  try {
    const [answer] = await oneShotAnswers(project, [NOTE_WORD]);
    assert.equal(answer!.annotationHits?.length, 1, 'the search is answered all the same');
    assert.equal(await tablesStamp(project), undefined);
  } finally {
    release();
  }
  await oneShotAnswers(project, [NOTE_WORD]);
  assert.equal(await tablesStamp(project), await currentStamp(project), 'written once the other is done');
  assert.ok(existsSync(highlightTablesLayout(layout.index).fields));
});
