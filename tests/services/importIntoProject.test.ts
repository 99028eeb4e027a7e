import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { tempDir } from '../helpers/tempDir';
import { seedsDir, seedIds } from '../helpers/seeds';

test('importing the seeds adds five documents with metadata, boilerplate and warnings', async () => {
  const project = tempDir();
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const report = await runImport(workbench, [seedsDir]);
    assert.equal(report.added.length, 5);
    assert.deepEqual(report.errors, []);
    const page = await invoke(workbench.handlers, 'library.list', {});
    assert.equal(page.total, 5);
    const seed000 = report.added.find((added) => added.path.endsWith(seedIds['000']));
    assert.ok(seed000);
    const document = await invoke(workbench.handlers, 'document.get', { id: seed000.id });
    assert.equal(
      document.text,
      readFileSync(join(seedsDir, seedIds['000']), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n'),
    );
    assert.ok(document.wordCount > 100);
    assert.match(document.sha256, /^[0-9a-f]{64}$/);
    assert.ok(
      document.warnings.some((warning) => warning.kind === 'mixed-script' && /epithelial/.test(warning.text)),
      'seed 000 carries «ب epithelialن»',
    );
    const seed004 = report.added.find((added) => added.path.endsWith(seedIds['004']));
    assert.ok(seed004);
    const withFooter = await invoke(workbench.handlers, 'document.get', { id: seed004.id });
    const marked = withFooter.boilerplate.map((span) => withFooter.text.slice(span.start, span.end));
    assert.ok(
      marked.some((line) => line.startsWith('يمكنك ايضا قراءة الخبر في المصدر')),
      JSON.stringify(marked),
    );
    assert.ok(marked.includes('عن مصدر الخبر'), JSON.stringify(marked));
  } finally {
    await workbench.close();
  }
});

test('re-importing adds nothing, an edited file updates the same document, a copy is a duplicate', async () => {
  const project = tempDir();
  const corpus = tempDir();
  cpSync(seedsDir, corpus, { recursive: true });
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const first = await runImport(workbench, [corpus]);
    assert.equal(first.added.length, 5);

    const again = await runImport(workbench, [corpus]);
    assert.equal(again.added.length, 0);
    assert.equal(again.updated.length, 0);
    assert.equal(again.unchanged, 5);

    const edited = join(corpus, seedIds['002']);
    const before = first.added.find((added) => added.path === edited);
    assert.ok(before);
    appendFileSync(edited, '\nسطر أضيف بعد الاستيراد الأول.\n');
    writeFileSync(join(corpus, 'copy-of-003.txt'), readFileSync(join(corpus, seedIds['003'])));
    const third = await runImport(workbench, [corpus]);
    assert.deepEqual(
      third.updated.map((updated) => updated.id),
      [before.id],
    );
    assert.equal(third.duplicates.length, 1);
    assert.match(third.duplicates[0]?.path ?? '', /copy-of-003\.txt$/);
    const document = await invoke(workbench.handlers, 'document.get', { id: before.id });
    assert.match(document.text, /سطر أضيف بعد الاستيراد الأول/);
    assert.equal((await invoke(workbench.handlers, 'project.info', {})).documentCount, 5);
  } finally {
    await workbench.close();
  }
});

test('bad files are reported with their reasons while the good ones import', async () => {
  const project = tempDir();
  const corpus = tempDir();
  cpSync(join(seedsDir, seedIds['001']), join(corpus, 'good.txt'));
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0]));
  writeFileSync(join(corpus, 'large.txt'), 'نص '.repeat(400_000));
  // An unclosed <TEXT> is read leniently now (trecUnclosed.test.ts); a <DOC> without one is still refused.
  writeFileSync(join(corpus, 'broken.trec'), '<DOC>\n<DOCNO>X1</DOCNO>\n</DOC>\n');
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const report = await runImport(workbench, [corpus, join(corpus, 'missing.txt')], { maxFileBytes: 1024 * 1024 });
    assert.equal(report.added.length, 1);
    const reasons = new Map(report.errors.map((error) => [error.path.split('/').pop(), error.reason.en]));
    for (const name of ['empty.txt', 'image.txt', 'large.txt', 'broken.trec', 'missing.txt']) {
      assert.ok(reasons.has(name), `${name} is reported (${JSON.stringify([...reasons])})`);
      assert.ok((reasons.get(name) ?? '').length > 5, `${name} has a reason`);
    }
    assert.match(reasons.get('large.txt') ?? '', /limit/);
  } finally {
    await workbench.close();
  }
});

test('the library, settings and index survive a restart; a damaged library stops the opening', async () => {
  const project = tempDir();
  const first = await openWorkbench({ projectDir: project });
  await runImport(first, [seedsDir]);
  await invoke(first.handlers, 'settings.set', { language: 'en' });
  await first.close();

  const second = await openWorkbench({ projectDir: project });
  try {
    assert.equal((await invoke(second.handlers, 'library.list', {})).total, 5);
    const settings = await invoke(second.handlers, 'settings.get', {});
    assert.equal(settings.language, 'en');
    assert.equal(settings.theme, 'light', 'a patch leaves the other settings alone');
    const result = await invoke(second.handlers, 'search.query', { query: 'حفتر' });
    assert.equal(result.total, 3);
  } finally {
    await second.close();
  }

  const library = join(project, 'library.json');
  const damaged = readFileSync(library, 'utf8').slice(0, 200);
  writeFileSync(library, damaged);
  await assert.rejects(openWorkbench({ projectDir: project }), (error: Error) => {
    assert.equal(error.name, 'StoreError');
    assert.match(error.message, /library\.json/);
    return true;
  });
  assert.equal(readFileSync(library, 'utf8'), damaged, 'the damaged file is left as it was');
});

test('a new project imports the seeds it is given on first open, and only then', async () => {
  const project = tempDir();
  const first = await openWorkbench({ projectDir: project, seedsDir });
  const seeded = await new Promise<number>((resolve) =>
    first.events.subscribe((event, payload) => {
      if (event === 'library.changed') resolve((payload as { documentCount: number }).documentCount);
    }),
  );
  assert.equal(seeded, 5);
  await first.close();
  const second = await openWorkbench({ projectDir: project, seedsDir });
  try {
    assert.equal((await invoke(second.handlers, 'project.info', {})).documentCount, 5);
  } finally {
    await second.close();
  }
});

test('a cancelled import stops early and keeps, consistently, what it had read', async () => {
  const project = tempDir();
  const corpus = tempDir();
  for (let n = 0; n < 400; n++)
    writeFileSync(join(corpus, `report-${n}.txt`), `تقرير رقم ${n}\nنص التقرير ${n} عن الاجتماع.\n`);
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const report = await runImport(workbench, [corpus], {
      onStarted: (jobId) => void invoke(workbench.handlers, 'import.cancel', { jobId }),
    });
    assert.equal(report.cancelled, true);
    assert.ok(report.added.length < 400, `stopped early (${report.added.length} added)`);
    const info = await invoke(workbench.handlers, 'project.info', {});
    assert.equal(info.documentCount, report.added.length);
    const resumed = await runImport(workbench, [corpus]);
    assert.equal(resumed.added.length, 400 - report.added.length);
    assert.equal(resumed.unchanged, report.added.length);
  } finally {
    await workbench.close();
  }
});
