import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import type { Workbench } from '../../src-main/services/workbench';
import type { AnnotationService } from '../../src-main/services/annotations/annotationService';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { writeHighlightSearchTables } from '../../src-main/services/search/tables/writeHighlightSearchTables';
import { writeSearchTables } from '../../src-main/services/search/tables/writeSearchTables';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { HighlightTablesKeeper } from '../../src-main/services/search/highlightTablesKeeper';
import type { HighlightTablesRefresh } from '../../src-main/services/search/tables/keepHighlightTables';
import {
  HighlightSearchTables,
  highlightTablesLayout,
  highlightTablesStamp,
} from '../../src-main/services/search/tables/highlightSearchTables';
import { openSearchTables, readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { ensureRendererBuilt } from '../e2e/support/buildRenderer';
import { startQarinServe } from '../e2e/support/startQarinServe';
import { qarin } from '../helpers/runQarin';
import { importedSeeds } from '../helpers/importedSeeds';
import { tempDir } from '../helpers/tempDir';
import { waitFor } from '../helpers/waitFor';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A keeper over a refresh that counts its passes, each taking `passMs` and answering `outcomes` in turn. */
function countingKeeper(quietMs: number, passMs = 0, outcomes: HighlightTablesRefresh[] = []) {
  const passes = { started: 0, ended: 0, mostAtOnce: 0 };
  const keeper = new HighlightTablesKeeper(async () => {
    passes.started += 1;
    passes.mostAtOnce = Math.max(passes.mostAtOnce, passes.started - passes.ended);
    await sleep(passMs);
    passes.ended += 1;
    const outcome = outcomes.shift() ?? 'written';
    if (outcome === ('throws' as HighlightTablesRefresh)) throw new Error('disk full');
    return outcome;
  }, quietMs);
  return { keeper, passes };
}

test('changes in a burst make one pass, once they have been quiet for the delay', async () => {
  const { keeper, passes } = countingKeeper(60);
  for (let i = 0; i < 5; i++) {
    keeper.wake();
    await sleep(20);
  }
  assert.equal(passes.started, 0, 'no pass while changes keep coming within the delay');
  await keeper.settled();
  assert.equal(passes.started, 1, 'one pass for the burst');
  await keeper.close();
});

test('a change during a pass, or annotations changed while it read them, bring one more pass', async () => {
  const during = countingKeeper(10, 80);
  during.keeper.wake();
  await sleep(40);
  assert.equal(during.passes.started, 1);
  during.keeper.wake();
  during.keeper.wake();
  await during.keeper.settled();
  assert.equal(during.passes.mostAtOnce, 1, 'never two passes at once');
  assert.equal(during.passes.started, 2, 'the changes made during the pass get a pass of their own');
  await during.keeper.close();

  const changed = countingKeeper(10, 0, ['changed', 'written']);
  changed.keeper.wake();
  await changed.keeper.settled();
  assert.equal(changed.passes.started, 2, 'tables of annotations that changed while read are written again');
  await changed.keeper.close();

  const busy = countingKeeper(10, 0, ['busy']);
  busy.keeper.wake();
  await busy.keeper.settled();
  assert.equal(busy.passes.started, 1, 'another process writing them is left to it');
  await busy.keeper.close();
});

test('a failed pass is quiet, and closing waits for a pass under way and drops one waiting', async () => {
  const failing = countingKeeper(10, 0, ['throws' as HighlightTablesRefresh]);
  failing.keeper.wake();
  await failing.keeper.settled();
  assert.equal(failing.passes.ended, 1);
  failing.keeper.wake();
  await failing.keeper.settled();
  assert.equal(failing.passes.started, 2, 'a failure does not stop later passes');
  await failing.keeper.close();

  const running = countingKeeper(10, 80);
  running.keeper.wake();
  await sleep(40);
  await running.keeper.close();
  assert.equal(running.passes.ended, 1, 'close returned only once the pass ended (it holds the tables lock)');
  running.keeper.wake();
  await sleep(40);
  assert.equal(running.passes.started, 1, 'a closed keeper is not woken');

  const waiting = countingKeeper(30);
  waiting.keeper.wake();
  await waiting.keeper.close();
  await sleep(60);
  assert.equal(waiting.passes.started, 0, 'a pass still waiting for quiet is dropped at close');
  await waiting.keeper.finalPass();
  assert.equal(waiting.passes.started, 1, 'a session that changed the annotations ends with a pass');

  const looked = countingKeeper(10);
  looked.keeper.checkLater(20);
  await looked.keeper.settled();
  assert.equal(looked.passes.started, 1, 'the tables are looked at after opening');
  await looked.keeper.close();
  await looked.keeper.finalPass();
  assert.equal(looked.passes.started, 1, 'a session that changed nothing ends without a pass');
});

const NOTE_WORD = 'ملاحظةمحفوظةفيالتطبيق';

async function stampsOf(project: string): Promise<{ tables: string | undefined; now: string | undefined }> {
  const layout = projectLayout(project);
  const reports = await openSearchTables(layout);
  assert.ok(reports, 'the import left the reports search tables');
  try {
    return {
      tables: (await readSearchTablesMeta(highlightTablesLayout(layout.index).dir))?.fingerprint,
      now: await highlightTablesStamp(layout, reports),
    };
  } finally {
    reports.close();
  }
}

test('a highlight saved in the workbench finds its tables written once the annotations are quiet', async () => {
  const { project } = await importedSeeds();
  const layout = projectLayout(project);
  const workbench = await openWorkbench({ projectDir: project, keepHighlightTables: { quietMs: 200 } });
  try {
    const [report] = (await invoke(workbench.handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits;
    assert.ok(report);
    await invoke(workbench.handlers, 'annotations.create', {
      docId: report.id,
      start: 0,
      end: 30,
      codeIds: [],
      note: NOTE_WORD,
    });
    await workbench.highlightTablesKept?.();
    const stamps = await stampsOf(project);
    assert.ok(stamps.now, 'the reports tables are of the library');
    assert.equal(stamps.tables, stamps.now, 'the tables are stamped with the annotations as saved');
    const tables = await HighlightSearchTables.open(layout, stamps.now);
    assert.ok(tables, 'a one-shot command opens them');
    try {
      const hits = tables.search({ query: NOTE_WORD, limit: 10 });
      assert.deepEqual(
        hits.map((hit) => [hit.field, hit.docId]),
        [['note', report.id]],
        'and finds the note saved a moment ago',
      );
    } finally {
      tables.close();
    }

    // A second change makes the first tables stale; the keeper writes them again.
    await invoke(workbench.handlers, 'annotations.create', { docId: report.id, start: 40, end: 60, codeIds: [] });
    assert.notEqual((await stampsOf(project)).tables, (await stampsOf(project)).now, 'stale right after the change');
    await workbench.highlightTablesKept?.();
    const again = await stampsOf(project);
    assert.equal(again.tables, again.now, 'up to date again once quiet');

    // An import saves the index anew, in a folder without them, and changes the library they name.
    const more = tempDir();
    writeFileSync(join(more, 'extra.txt'), 'تقرير إضافي عن الهدنة في طرابلس وما تلاها من محادثات.');
    const done = new Promise<void>((resolve) =>
      workbench.events.subscribe((event) => event === 'import.done' && resolve()),
    );
    await invoke(workbench.handlers, 'import.start', { paths: [more] });
    await done;
    await workbench.highlightTablesKept?.();
    const imported = await stampsOf(project);
    assert.notEqual(imported.now, again.now, 'the import changed what the tables are stamped with');
    assert.equal(imported.tables, imported.now, 'written again after the import');

    await invoke(workbench.handlers, 'annotations.create', { docId: report.id, start: 70, end: 90, codeIds: [] });
  } finally {
    await workbench.close();
  }
  const closed = await stampsOf(project);
  assert.equal(closed.tables, closed.now, 'closing folds the journal into the snapshot, and writes the tables again');
  assert.equal(existsSync(layout.highlightTablesLock), false, 'no lock left behind');
});

test('a project opened with stale tables has them written once opened', async () => {
  const { project } = await importedSeeds();
  await withKeptWorkbench(project, async (workbench) => {
    const [report] = (await invoke(workbench.handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits;
    assert.ok(report);
    await invoke(workbench.handlers, 'annotations.create', { docId: report.id, start: 0, end: 30, codeIds: [] });
  });
  rmSync(highlightTablesLayout(projectLayout(project).index).dir, { recursive: true, force: true });
  await withKeptWorkbench(project, async (workbench) => {
    assert.equal((await stampsOf(project)).tables, undefined, 'no tables as the project opens');
    await workbench.highlightTablesKept?.();
    const stamps = await stampsOf(project);
    assert.equal(stamps.tables, stamps.now, 'written after opening, with nothing changed');
  });
});

test('a memo, which no report shows, changes the files too: the tables follow it, and the closing', async () => {
  const { project } = await importedSeeds();
  await withKeptWorkbench(project, async (workbench) => {
    await workbench.highlightTablesKept?.();
    const opened = await stampsOf(project);
    await invoke(workbench.handlers, 'memos.save', { title: 'مذكرة', body: 'عن الهدنة', highlightIds: [] });
    assert.notEqual((await stampsOf(project)).now, opened.now, 'the memo changed the annotations files');
    await workbench.highlightTablesKept?.();
    const saved = await stampsOf(project);
    assert.equal(saved.tables, saved.now, 'written again after the memo');
  });
  const closed = await stampsOf(project);
  assert.equal(closed.tables, closed.now, 'and after the closing checkpoint');
});

async function withKeptWorkbench(project: string, use: (workbench: Workbench) => Promise<void>): Promise<void> {
  const workbench = await openWorkbench({
    projectDir: project,
    keepHighlightTables: { quietMs: 200, afterOpenMs: 200 },
  });
  try {
    await use(workbench);
  } finally {
    await workbench.close();
  }
}

test('qarin serve keeps them: the next one-shot search --json finds a note saved in its page', async () => {
  const { project } = await importedSeeds();
  // The served page is not used, but serve refuses to start without it.
  ensureRendererBuilt();
  const served = await startQarinServe(project);
  const call = async (method: string, input: unknown) => {
    const response = await fetch(`${served.origin}/api/call/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${served.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const reply = (await response.json()) as { ok: boolean; result: unknown };
    assert.ok(reply.ok, `${method} answered: ${JSON.stringify(reply)}`);
    return reply.result;
  };
  try {
    const found = (await call('search.query', { query: 'حفتر', limit: 1 })) as { hits: { id: string }[] };
    const docId = found.hits[0]?.id;
    assert.ok(docId);
    const before = await stampsOf(project);
    await call('annotations.create', { docId, start: 0, end: 30, codeIds: [], note: NOTE_WORD });
    assert.notEqual((await stampsOf(project)).now, before.now, 'the change is saved');
    // Polled without running a command: a one-shot search would write stale tables itself.
    await waitFor(
      async () => {
        const stamps = await stampsOf(project);
        return stamps.tables === stamps.now;
      },
      'the served process wrote the highlights tables of the saved change',
      { timeoutMs: 30_000, intervalMs: 200 },
    );
  } finally {
    await served.stop();
  }
  const stopped = await stampsOf(project);
  assert.equal(stopped.tables, stopped.now, 'still up to date once serve has stopped (and checkpointed)');
  const meta = searchTablesLayout(highlightTablesLayout(projectLayout(project).index).dir).meta;
  const written = statSync(meta).mtimeMs;
  const searched = qarin(['search', NOTE_WORD, '--json', '--project', project]);
  assert.equal(searched.code, 0, searched.stderr);
  const answer = JSON.parse(searched.stdout) as { annotationHits?: { field: string }[] };
  assert.deepEqual(
    answer.annotationHits?.map((hit) => hit.field),
    ['note'],
    'the command finds the note in the kept tables',
  );
  assert.equal(statSync(meta).mtimeMs, written, 'the command answered from them, writing none');
});

test('writing the tables never makes the index folder, which saving the index may be swapping', async () => {
  const project = tempDir();
  const layout = projectLayout(project);
  const index = new CorpusIndex({ getText: () => 'نص' });
  index.add({ id: 'quote\u0000h1', title: '', text: 'نص', boilerplate: [] });
  const annotations = {
    searchTables: async () => ({ tables: index.tables(), fields: [] }),
  } as unknown as AnnotationService;
  await assert.rejects(writeHighlightSearchTables(layout, annotations, 'stamp'), { code: 'ENOENT' });
  assert.equal(existsSync(layout.index), false, 'the index folder was not made');
  await assert.rejects(
    writeSearchTables(join(layout.index, 'highlights'), index.tables(), () => 'x', 'f', { inExistingFolder: true }),
    { code: 'ENOENT' },
  );
  assert.equal(existsSync(layout.index), false, 'the tables writer made no folder either');
  mkdirSync(layout.index);
  await writeHighlightSearchTables(layout, annotations, 'stamp');
  assert.equal((await readSearchTablesMeta(highlightTablesLayout(layout.index).dir))?.fingerprint, 'stamp');
});
