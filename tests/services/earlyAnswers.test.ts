import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke, type ApiHandlers } from '../../src-main/api/dispatch';
import type { MethodName } from '../../src-main/api/contract';
import { keepEarlyAnswersCurrent, openEarlyAnswers, type EarlyAnswers } from '../../src-main/services/earlyAnswers';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { collation } from '../../src-main/services/project/library';
import { libraryFilesStamp } from '../../src-main/services/project/libraryListing';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { DiskSearchIndex } from '../../src-main/services/search/tables/diskSearchIndex';
import { AnnotationService } from '../../src-main/services/annotations/annotationService';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import type { Workbench } from '../../src-main/services/workbench';
import { workbenchWhenOpen } from '../../src-main/services/workbenchWhenOpen';
import { qarin } from '../helpers/runQarin';
import { seedsDir } from '../helpers/seeds';
import { tempDir } from '../helpers/tempDir';
import { withWorkbench } from '../helpers/withWorkbench';
import { collectGarbage } from '../helpers/collectGarbage';

/** A call that never comes back fails the test instead of hanging the run. */
const LIMIT = { timeout: 60_000 };

/** The same requests the first screen and a user typing make, through the contract, either way. */
const SEARCHES = [
  { query: 'حفتر' },
  { query: 'حفتر', offset: 2, limit: 2 },
  { query: 'الفريق أول' },
  { query: '"الفريق أول ركن"' },
  { query: 'اجتم*' },
  { query: 'الهدنة -حفتر' },
  { query: 'title:حفتر' },
  { query: 'حفتر', after: '2030-01-01' },
  { query: 'حفتز' },
  { query: 'ملاحظةالمحلل' },
  { query: 'كلمةلاتوجد' },
];
const READS: [MethodName, unknown][] = [
  ['settings.get', {}],
  ['project.info', {}],
  ['annotations.status', {}],
  ['codes.list', {}],
  ['memos.list', {}],
  ['history.status', {}],
  ...SEARCHES.map((request): [MethodName, unknown] => ['search.query', request]),
  // The library as the first screen lists it, then scrolled, re-sorted and filtered.
  ['library.list', { offset: 0, limit: 100, sort: 'date', descending: true }],
  ['library.list', { offset: 2, limit: 2, sort: 'date', descending: true }],
  ['library.list', { offset: 0, limit: 100, sort: 'title', descending: false }],
  ['library.list', { offset: 0, limit: 100, sort: 'words', descending: true }],
  ['library.list', { offset: 0, limit: 100, sort: 'warnings', descending: false }],
  ['library.list', { offset: 0, limit: 100, sort: 'source', descending: false, title: 'حفتر' }],
  ['library.list', { offset: 0, limit: 100, sort: 'date', descending: false, after: '2020-01-01' }],
  // The empty reader's stories, as the page asks for them, and all of them.
  ['compare.clusters', { limit: 12 }],
  ['compare.clusters', {}],
];

/** A project of the seeds, with a code, a highlight whose note a search finds, and saved settings. */
async function seededProject(): Promise<string> {
  const project = tempDir();
  const imported = qarin(['import', seedsDir, '--project', project]);
  assert.equal(imported.code, 0, imported.stderr);
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const { handlers } = workbench;
    const hit = (await invoke(handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits[0]!;
    const code = await invoke(handlers, 'codes.create', { name: 'ألقاب', color: '#aa3355' });
    await invoke(handlers, 'annotations.create', {
      docId: hit.id,
      start: 0,
      end: 12,
      codeIds: [code.id],
      note: 'ملاحظةالمحلل حفتر',
    });
    await invoke(handlers, 'settings.set', { language: 'en' });
    // Computed once, the story clusters are saved for the next start.
    assert.ok((await invoke(handlers, 'compare.clusters', {})).total > 0);
  } finally {
    await workbench.close();
  }
  return project;
}

/** Every file of the folder with its size and modification time, to tell whether anything was written. */
function folderState(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => {
      const stat = statSync(join(folder, name));
      return `${name} ${stat.isFile() ? stat.size : 'dir'} ${stat.mtimeMs}`;
    })
    .sort();
}

/** A project that stays opening while the test runs: only early answers can come back. */
const neverOpens = new Promise<Workbench>(() => undefined);

/** A project the test opens when it likes. */
function openingLater(projectDir: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const opening = released.then(() => openWorkbench({ projectDir }));
  return { opening, open: release };
}

async function readAll(handlers: ApiHandlers): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const [method, input] of READS) answers.push(await invoke(handlers, method, input as never));
  return answers;
}

const project = await seededProject();

/** A copy of the seeded project, for a test that changes its files. */
function copyOfProject(): string {
  const copy = tempDir();
  cpSync(project, copy, { recursive: true });
  return copy;
}

test(
  'while the project opens, the first screen and its searches are answered exactly as the open project answers them',
  LIMIT,
  async () => {
    const early = workbenchWhenOpen(project, neverOpens, openEarlyAnswers(project));
    const answeredEarly = await readAll(early.handlers);
    assert.deepEqual(answeredEarly, await withWorkbench(project, (workbench) => readAll(workbench.handlers)));
    const noted = answeredEarly[READS.findIndex(([, input]) => (input as { query?: string }).query === 'ملاحظةالمحلل')];
    assert.equal((noted as { annotationHits?: unknown[] }).annotationHits?.length, 1, 'the highlight note is matched');
    // Clusters never computed for the question are the project's to compute.
    const unsaved = await askEarly(project, (reader) => reader.answer('compare.clusters', { minSimilarity: 0.9 }));
    assert.equal(unsaved, undefined);
  },
);

/**
 * Runs `use` while noting, without holding them, the search tables a search reads and the
 * highlights a reader closes; then whether, once nothing else holds them, they are collected.
 */
async function watchedReaderObjects(
  use: () => Promise<void>,
): Promise<{ tables: WeakRef<object>[]; highlights: WeakRef<object>[] }> {
  const tables: WeakRef<object>[] = [];
  const highlights: WeakRef<object>[] = [];
  const search = DiskSearchIndex.prototype.search;
  const close = AnnotationService.prototype.close;
  DiskSearchIndex.prototype.search = function (this: DiskSearchIndex, request) {
    tables.push(new WeakRef(this));
    return search.call(this, request);
  };
  AnnotationService.prototype.close = function (this: AnnotationService) {
    highlights.push(new WeakRef(this));
    return close.call(this);
  };
  try {
    await use();
  } finally {
    DiskSearchIndex.prototype.search = search;
    AnnotationService.prototype.close = close;
  }
  return { tables, highlights };
}

/** Whether every object watched is collected within a few full collections, a turn apart. */
async function allCollected(watched: WeakRef<object>[]): Promise<boolean> {
  for (let round = 0; round < 10; round++) {
    collectGarbage();
    if (watched.every((ref) => ref.deref() === undefined)) return true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return false;
}

test('a closed early reader, still held, keeps nothing of the tables and highlights it read', LIMIT, async () => {
  let reader: EarlyAnswers | undefined;
  const read = await watchedReaderObjects(async () => {
    reader = await openEarlyAnswers(project);
    for (const [method, input] of READS) await reader.answer(method, input);
  });
  assert.ok(read.tables.length > 0, 'the reader searched its tables');
  assert.equal(await allCollected(read.tables), false, 'an open reader keeps its tables');

  const closed = await watchedReaderObjects(() => reader!.close());
  assert.equal(closed.highlights.length, 1, 'closing closed the highlights it read');
  assert.ok(await allCollected([...read.tables, ...closed.highlights]), 'the closed reader let go of them');
  assert.equal(await reader!.answer('search.query', { query: 'حفتر' }), undefined, 'and answers nothing more');

  // Closed at once, while its highlights are still being read: they are let go of once read.
  let hasty: EarlyAnswers | undefined;
  const opened = await watchedReaderObjects(async () => {
    hasty = await openEarlyAnswers(project);
    await hasty.answer('search.query', { query: 'حفتر' });
    await hasty.close();
  });
  assert.equal(opened.highlights.length, 1);
  assert.ok(await allCollected([...opened.tables, ...opened.highlights]), 'a reader closed early lets go too');
  assert.ok(hasty, 'the reader itself is still held');
});

test('the early reader writes nothing and leaves the writer lock to the project', LIMIT, async () => {
  const before = folderState(project);
  const answers = await openEarlyAnswers(project);
  for (const [method, input] of READS) {
    const request = method === 'search.query' ? { offset: 0, limit: 20, ...(input as object) } : input;
    assert.ok(await answers.answer(method, request), `${method} is answered early`);
  }
  assert.deepEqual(folderState(project), before, 'nothing in the project folder changed');
  assert.equal(existsSync(projectLayout(project).lock), false, 'no writer lock is taken');
  // The project opens and changes its annotations while the early reader still has them open.
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const listed = await invoke(workbench.handlers, 'annotations.list', {});
    const changed = await invoke(workbench.handlers, 'annotations.update', {
      id: listed.items[0]!.id,
      note: 'ملاحظةالمحلل حفتر',
    });
    assert.equal(changed.note, 'ملاحظةالمحلل حفتر');
  } finally {
    await workbench.close();
    await answers.close();
  }
});

test('once the project is open, calls go to it', LIMIT, async () => {
  const later = openingLater(project);
  const served = workbenchWhenOpen(project, later.opening, openEarlyAnswers(project));
  later.open();
  const workbench = await later.opening;
  try {
    // A change made through the open project is seen by the next read: it is the project's.
    await invoke(served.handlers, 'settings.set', { language: 'ar' });
    assert.equal((await invoke(served.handlers, 'settings.get', {})).language, 'ar');
    await invoke(served.handlers, 'settings.set', { language: 'en' });
  } finally {
    await served.close();
  }
  assert.equal(workbench.projectDir, project);
});

test('a read asked after a change that waits for the project waits for it too', LIMIT, async () => {
  const later = openingLater(project);
  const early = openEarlyAnswers(project);
  const served = workbenchWhenOpen(project, later.opening, early);
  const change = invoke(served.handlers, 'settings.set', { language: 'ar' });
  let readAnswered = false;
  const read = invoke(served.handlers, 'settings.get', {}).then((settings) => {
    readAnswered = true;
    return settings;
  });
  // Long enough for an early answer, which needs no more than the early reader and a few turns.
  assert.ok(await (await early).answer('settings.get', {}), 'settings could be answered early');
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
  assert.equal(readAnswered, false, 'the read waits for the project, which will have the change');
  later.open();
  try {
    await change;
    await read;
    await invoke(served.handlers, 'settings.set', { language: 'en' });
  } finally {
    await served.close();
  }
});

test('highlights the project will re-anchor as it opens leave their matches and annotations to it', LIMIT, async () => {
  const layout = projectLayout(project);
  // As if the report had been imported again with another text since the highlight was made.
  const snapshot = JSON.parse(readFileSync(layout.annotations, 'utf8')) as {
    data: { highlights: { target: { sha256: string } }[] };
  };
  snapshot.data.highlights[0]!.target.sha256 = 'f'.repeat(64);
  writeFileSync(layout.annotations, JSON.stringify(snapshot));
  const answers = await openEarlyAnswers(project);
  try {
    assert.equal(await answers.answer('annotations.status', {}), undefined);
    // The reports found are answered; the highlights' matches are left pending for the project.
    const search = (await answers.answer('search.query', { query: 'حفتر OR ملاحظةالمحلل', offset: 0, limit: 20 }))
      ?.answer as { hits: unknown[]; annotationHits?: unknown[]; annotationHitsPending?: true } | undefined;
    assert.ok(search && search.hits.length > 0, 'the reports found');
    assert.equal(search.annotationHitsPending, true);
    assert.equal(search.annotationHits, undefined);
    assert.ok(await answers.answer('project.info', {}), 'what does not depend on the highlights is still answered');
  } finally {
    await answers.close();
  }
  // The project re-anchors it as it opens; after that, early answers are given again.
  const workbench = await openWorkbench({ projectDir: project });
  await workbench.close();
  const settled = await openEarlyAnswers(project);
  try {
    assert.ok(await settled.answer('annotations.status', {}));
    const search = (await settled.answer('search.query', { query: 'ملاحظةالمحلل', offset: 0, limit: 20 }))?.answer as
      { annotationHits?: unknown[] } | undefined;
    assert.equal(search?.annotationHits?.length, 1);
  } finally {
    await settled.close();
  }
});

test(
  'a project opened with a stale listing writes it again, so that the next start answers project.info early',
  LIMIT,
  async () => {
    const layout = projectLayout(project);
    // The same reports in other bytes, as another process may save them: a new stamp alone (a
    // copy) would be proven by the library's bytes.
    writeFileSync(layout.library, JSON.stringify(JSON.parse(readFileSync(layout.library, 'utf8')), null, 3));
    const later = new Date(Date.now() + 5_000);
    utimesSync(layout.library, later, later);
    const stale = await openEarlyAnswers(project);
    assert.equal(await stale.answer('project.info', {}), undefined);
    await stale.close();
    const info = await withWorkbench(project, async (workbench) => {
      await keepEarlyAnswersCurrent(workbench);
      return invoke(workbench.handlers, 'project.info', {});
    });
    const current = await openEarlyAnswers(project);
    try {
      assert.deepEqual((await current.answer('project.info', {}))?.answer, info);
    } finally {
      await current.close();
    }
  },
);

/** The listing's header line and the rest of its bytes. */
function listingParts(layout: ReturnType<typeof projectLayout>) {
  const file = join(layout.index, 'library-listing.jsonl');
  const bytes = readFileSync(file);
  const end = bytes.indexOf(10);
  return { file, bytes, header: JSON.parse(bytes.subarray(0, end).toString('utf8')), body: bytes.subarray(end) };
}

/** An early reader of `projectDir`, asked by `use` and then closed. */
async function askEarly<T>(projectDir: string, use: (early: EarlyAnswers) => Promise<T>): Promise<T> {
  const early = await openEarlyAnswers(projectDir);
  try {
    return await use(early);
  } finally {
    await early.close();
  }
}

/** Puts `header` (changed as a test likes) in front of the listing's body. */
const writeHeader = (file: string, header: unknown, body: Buffer) =>
  writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(header)), body]));

test(
  'project.info is answered from the listing header alone, a line longer than its first read too',
  LIMIT,
  async () => {
    const layout = projectLayout(project);
    const info = await withWorkbench(project, async (workbench) => {
      await keepEarlyAnswersCurrent(workbench);
      return invoke(workbench.handlers, 'project.info', {});
    });
    const { file, bytes, header, body } = listingParts(layout);
    try {
      // Rows damaged in place, the listing's lengths kept: the rows are not read for project.info.
      const rowsAt = bytes.indexOf(10) + 1;
      writeFileSync(file, Buffer.concat([bytes.subarray(0, rowsAt), Buffer.from('!'), bytes.subarray(rowsAt + 1)]));
      await askEarly(project, async (rowsDamaged) => {
        assert.deepEqual((await rowsDamaged.answer('project.info', {}))?.answer, info);
        assert.equal(await rowsDamaged.answer('library.list', { offset: 0, limit: 100, sort: 'date' }), undefined);
      });
      // A library of thousands of sources has a header longer than the listing's first read.
      const sources = Array.from({ length: 3000 }, (_, at) => ({ name: `مصدر رقم ${at}`, count: 1 }));
      const longHeader = { ...header, facets: { ...header.facets, sources } };
      assert.ok(JSON.stringify(longHeader).length > 64 << 10, 'longer than the first read');
      writeHeader(file, longHeader, body);
      await askEarly(project, async (manySources) => {
        const answered = (await manySources.answer('project.info', {}))?.answer as typeof info | undefined;
        assert.deepEqual(answered?.facets.sources, sources);
        assert.ok(
          await manySources.answer('library.list', { offset: 0, limit: 100, sort: 'date' }),
          'rows found after it',
        );
      });
      // Facets not of their shape: project.info waits for the project.
      writeHeader(file, { ...header, facets: { ...header.facets, sources: [{ name: 1, count: 1 }] } }, body);
      assert.equal(await askEarly(project, (damagedFacets) => damagedFacets.answer('project.info', {})), undefined);
      // A listing of the first format has no facets: project.info waits for the project, which writes it again.
      const { facets: _facets, ...firstFormat } = { ...header, format: 1 };
      writeHeader(file, firstFormat, body);
      assert.equal(await askEarly(project, (oldListing) => oldListing.answer('project.info', {})), undefined);
    } finally {
      writeFileSync(file, bytes);
    }
  },
);

test(
  'a copied project has its listing stamped again, so that later starts need not hash its library',
  LIMIT,
  async () => {
    const copy = copyOfProject();
    const layout = projectLayout(copy);
    const stampOf = () => listingParts(layout).header.library as string;
    assert.ok(
      await askEarly(copy, (copied) => copied.answer('project.info', {})),
      'the copy is proven by its library bytes',
    );
    const before = stampOf();
    await withWorkbench(copy, keepEarlyAnswersCurrent);
    assert.notEqual(stampOf(), before, "written again with the copy's own stamp");
    assert.equal(stampOf(), await libraryFilesStamp(layout));
  },
);

test(
  "a listing written in another runtime's collation still answers the first screen early, and is not written again",
  LIMIT,
  async () => {
    const copy = copyOfProject();
    // Stamped with the copy's files, as a copied project's listing is once it has opened.
    await withWorkbench(copy, keepEarlyAnswersCurrent);
    const layout = projectLayout(copy);
    const { file, header, body } = listingParts(layout);
    assert.equal(header.collation, collation);
    // As the app (Electron's Unicode library) would have written it, for the command line to read.
    writeHeader(file, { ...header, collation: 'ar; icu 0.0; unicode 0.0' }, body);
    const early = workbenchWhenOpen(copy, neverOpens, openEarlyAnswers(copy));
    // (Not the clusters: earlier tests here leave the tables of another library, which they need.)
    const firstScreen: [MethodName, unknown][] = [
      ['project.info', {}],
      ['library.list', { offset: 0, limit: 100, sort: 'date', descending: true }],
      ['library.list', { offset: 1, limit: 3, sort: 'date', descending: false }],
    ];
    const answered: unknown[] = [];
    for (const [method, input] of firstScreen) answered.push(await invoke(early.handlers, method, input as never));
    const written = statSync(file).mtimeMs;
    await withWorkbench(copy, async (workbench) => {
      for (const [at, [method, input]] of firstScreen.entries()) {
        assert.deepEqual(answered[at], await invoke(workbench.handlers, method, input as never), method);
      }
      await keepEarlyAnswersCurrent(workbench);
    });
    assert.equal(statSync(file).mtimeMs, written, 'not written again: the app and the command line share it');
  },
);

test('a page of library.list reads its own summaries only, where its rows say they are', LIMIT, async () => {
  const copy = copyOfProject();
  const layout = projectLayout(copy);
  // The listing is in this order: the page holds its first two summaries.
  const firstPage = { offset: 0, limit: 2, sort: 'date', descending: false } as const;
  const expected = await withWorkbench(copy, (workbench) => invoke(workbench.handlers, 'library.list', firstPage));
  const { file, bytes, header } = listingParts(layout);
  const listFirstPage = () => askEarly(copy, async (early) => (await early.answer('library.list', firstPage))?.answer);
  /** The listing with the title field of the first or last summary spoiled, its length kept. */
  const titleSpoiled = (at: number) =>
    Buffer.concat([bytes.subarray(0, at), Buffer.from('\n    "title"! '), bytes.subarray(at + 14)]);
  try {
    writeFileSync(file, titleSpoiled(bytes.lastIndexOf('\n    "title": ')));
    assert.deepEqual(await listFirstPage(), expected, 'a summary off the page is not read');
    writeFileSync(file, titleSpoiled(bytes.indexOf('\n    "title": ')));
    assert.equal(await listFirstPage(), undefined, 'one on the page is');
    // The first two rows' reports exchanged, each row still naming the summary where it was.
    const rowsAt = bytes.indexOf(10) + 1;
    const rows = bytes.toString('utf8', rowsAt, rowsAt + header.rowBytes).split('\n');
    const [first, second] = rows.slice(0, 2).map((line) => JSON.parse(line) as unknown[]);
    rows[0] = JSON.stringify([...second!.slice(0, 7), first![7]]);
    rows[1] = JSON.stringify([...first!.slice(0, 7), second![7]]);
    writeFileSync(
      file,
      Buffer.concat([
        bytes.subarray(0, rowsAt),
        Buffer.from(rows.join('\n')),
        bytes.subarray(rowsAt + header.rowBytes),
      ]),
    );
    assert.equal(await listFirstPage(), undefined, "a summary must be its row's");
  } finally {
    writeFileSync(file, bytes);
  }
  assert.deepEqual(await listFirstPage(), expected);
});

test('stale or damaged tables and listing are not used: those calls wait for the project', LIMIT, async () => {
  const layout = projectLayout(project);
  const expected = await withWorkbench(project, (workbench) => readAll(workbench.handlers));
  // The listing's rows do not hold import times: that sort waits for the project.
  const fresh = await openEarlyAnswers(project);
  try {
    assert.equal(await fresh.answer('library.list', { offset: 0, limit: 100, sort: 'imported' }), undefined);
    assert.ok(await fresh.answer('library.list', { offset: 0, limit: 100, sort: 'words' }));
  } finally {
    await fresh.close();
  }
  // A summary damaged in place (the listing keeps its length, its rows and its count): the project lists.
  const listingFile = join(layout.index, 'library-listing.jsonl');
  const listingBytes = readFileSync(listingFile);
  const titleField = listingBytes.lastIndexOf('\n    "title": ');
  writeFileSync(
    listingFile,
    Buffer.concat([
      listingBytes.subarray(0, titleField),
      Buffer.from('\n    "title"! '),
      listingBytes.subarray(titleField + 14),
    ]),
  );
  const damagedListing = await openEarlyAnswers(project);
  try {
    assert.equal(await damagedListing.answer('library.list', { offset: 0, limit: 100, sort: 'date' }), undefined);
  } finally {
    await damagedListing.close();
    writeFileSync(listingFile, listingBytes);
  }
  // A library written since the tables and the listing were made from it: the same reports, in
  // other bytes (not just another stamp, which a copy of the project gets too).
  writeFileSync(layout.library, JSON.stringify(JSON.parse(readFileSync(layout.library, 'utf8')), null, 1));
  const stale = await openEarlyAnswers(project);
  try {
    assert.equal(await stale.answer('search.query', { query: 'حفتر', offset: 0, limit: 20 }), undefined);
    assert.equal(await stale.answer('project.info', {}), undefined);
    assert.equal(await stale.answer('compare.clusters', {}), undefined, "clusters of the tables' corpus");
    assert.equal(
      await stale.answer('library.list', { offset: 0, limit: 100, sort: 'date', descending: true }),
      undefined,
    );
    assert.ok(await stale.answer('settings.get', {}), 'the settings do not depend on the library');
  } finally {
    await stale.close();
  }
  const opening = openingLater(project);
  const served = workbenchWhenOpen(project, opening.opening, openEarlyAnswers(project));
  const asked = readAll(served.handlers);
  opening.open();
  try {
    assert.deepEqual(await asked, expected, 'answered by the project once open');
  } finally {
    await served.close();
  }
  // Damaged tables, once a search has noted again that they match the library.
  assert.equal(qarin(['search', 'حفتر', '--project', project]).code, 0);
  const noted = await openEarlyAnswers(project);
  try {
    assert.ok(await noted.answer('search.query', { query: 'حفتر', offset: 0, limit: 20 }));
  } finally {
    await noted.close();
  }
  writeFileSync(searchTablesLayout(layout.index).meta, '{"format":');
  const damaged = await openEarlyAnswers(project);
  try {
    assert.equal(await damaged.answer('search.query', { query: 'حفتر', offset: 0, limit: 20 }), undefined);
  } finally {
    await damaged.close();
  }
  // A damaged settings file is the project's to report.
  writeFileSync(layout.settings, '{"schemaVersion": 1, "data": ');
  const badSettings = await openEarlyAnswers(project);
  try {
    assert.equal(await badSettings.answer('settings.get', {}), undefined);
  } finally {
    await badSettings.close();
  }
});
