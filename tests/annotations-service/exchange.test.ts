import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse as parseCsv } from 'csv-parse/sync';
import { invoke, type ApiHandlers } from '../../src-main/api/dispatch';
import { CSV_COLUMNS } from '../../src-main/core/export/csvExport';
import { runImport } from '../../src-main/services/runImport';
import { seedIds } from '../helpers/seeds';
import { apiErrorOf, isBilingual, openSeedProject } from './support/annotatedProject';
import { PASSAGES, annotateSamples } from './support/sampleAnnotations';

/** A highlight as another project can reproduce it: code names instead of project-local code ids. */
async function portable(handlers: ApiHandlers) {
  const { codes } = await invoke(handlers, 'codes.list', {});
  const names = new Map(codes.map((code) => [code.id, code.name]));
  const { items } = await invoke(handlers, 'annotations.list', {});
  return items.map(({ codeIds, ...rest }) => ({ ...rest, codes: codeIds.map((id) => names.get(id)).sort() }));
}

test('Web Annotation JSON-LD: exported, then imported into a fresh project with the same reports, gives the same annotations; twice changes nothing', async () => {
  const source = await openSeedProject();
  const target = await openSeedProject();
  try {
    await annotateSamples(source);
    const exported = await invoke(source.workbench.handlers, 'annotations.export', { format: 'json' });
    assert.equal(exported.mimeType, 'application/ld+json');
    assert.match(exported.filename, /^qarin-annotations-\d{4}-\d{2}-\d{2}\.jsonld$/);

    const first = await invoke(target.workbench.handlers, 'annotations.importJson', { content: exported.content });
    assert.deepEqual(first, { exact: 4, fuzzy: 0, orphans: 0, unchanged: 0, updated: 0, codesCreated: 3, skipped: [] });
    assert.deepEqual(await portable(target.workbench.handlers), await portable(source.workbench.handlers));

    const second = await invoke(target.workbench.handlers, 'annotations.importJson', { content: exported.content });
    assert.deepEqual(second, {
      exact: 0,
      fuzzy: 0,
      orphans: 0,
      unchanged: 4,
      updated: 0,
      codesCreated: 0,
      skipped: [],
    });
    assert.deepEqual(await portable(target.workbench.handlers), await portable(source.workbench.handlers));
    assert.equal((await invoke(target.workbench.handlers, 'codes.list', {})).codes.length, 3);

    const intoItself = await invoke(source.workbench.handlers, 'annotations.importJson', { content: exported.content });
    assert.equal(intoItself.unchanged, 4);

    // An import is one step of history, like any other change.
    assert.deepEqual(await invoke(target.workbench.handlers, 'history.undo', {}), {
      changed: true,
      label: 'annotations.importJson',
    });
    assert.equal((await invoke(target.workbench.handlers, 'annotations.list', {})).total, 0);
    assert.equal((await invoke(target.workbench.handlers, 'codes.list', {})).codes.length, 0);
  } finally {
    await source.close();
    await target.close();
  }
});

test('importing into a report whose text was edited anchors exactly, fuzzily, or as orphans, and says how many', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    await annotateSamples(project);
    const exported = await invoke(handlers, 'annotations.export', { format: 'json' });
    const { codes } = await invoke(handlers, 'codes.list', {});
    for (const code of codes) await invoke(handlers, 'codes.delete', { id: code.id, highlights: 'delete-highlights' });
    for (const item of (await invoke(handlers, 'annotations.list', {})).items)
      await invoke(handlers, 'annotations.delete', { id: item.id });
    assert.equal((await invoke(handlers, 'annotations.list', {})).total, 0);

    const file = join(project.corpusDir, seedIds['000']);
    const original = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      original.replace('الظواهر الخطرة', 'الظواهر الخطيرة').replace(PASSAGES.removed, 'وقال المشاركون إن الخطة جديدة'),
    );
    await runImport(project.workbench, [project.corpusDir]);

    const result = await invoke(handlers, 'annotations.importJson', { content: exported.content });
    assert.deepEqual(
      { exact: result.exact, fuzzy: result.fuzzy, orphans: result.orphans },
      { exact: 2, fuzzy: 1, orphans: 1 },
    );
    const orphans = await invoke(handlers, 'annotations.list', { status: 'orphan' });
    assert.deepEqual(
      orphans.items.map((item) => item.target.quote.exact),
      [PASSAGES.removed],
    );
  } finally {
    await project.close();
  }
});

test('a malformed or foreign file is refused with the problem named, and changes nothing', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const { highlights } = await annotateSamples(project);
    const exported = JSON.parse((await invoke(handlers, 'annotations.export', { format: 'json' })).content);
    const before = await portable(handlers);
    const cases: [string, string, RegExp][] = [
      ['bad JSON', '{"type": "AnnotationCollection", "first": ', /not valid JSON at line 1/],
      ['not a collection', '[1, 2]', /a JSON array, not an AnnotationCollection/],
      [
        'a foreign target',
        JSON.stringify({
          ...exported,
          first: {
            ...exported.first,
            items: [
              {
                ...exported.first.items[0],
                target: { ...exported.first.items[0].target, source: 'https://example.com/report' },
              },
            ],
          },
        }),
        /first\.items\[0\]\.target\.source: the target is not a Qarin document/,
      ],
      [
        'missing selectors',
        JSON.stringify({
          ...exported,
          first: {
            ...exported.first,
            items: [
              exported.first.items[0],
              { ...exported.first.items[1], target: { ...exported.first.items[1].target, selector: [] } },
            ],
          },
        }),
        /first\.items\[1\]\.target\.selector: the target has no selectors/,
      ],
      [
        'a report this project lacks',
        JSON.stringify({
          ...exported,
          first: {
            ...exported.first,
            items: [
              {
                ...exported.first.items[0],
                id: 'urn:qarin:highlight:new',
                target: {
                  ...exported.first.items[0].target,
                  source: 'urn:qarin:doc:elsewhere',
                  sha256: 'f'.repeat(64),
                },
              },
            ],
          },
        }),
        /reports this project does not have \(elsewhere\)/,
      ],
    ];
    for (const [what, content, problem] of cases) {
      const error = await apiErrorOf(invoke(handlers, 'annotations.importJson', { content }));
      assert.match(error.message, problem, what);
      assert.ok(isBilingual(error.bilingual), `${what}: ${error.message}`);
      assert.ok(['invalid-input', 'not-found'].includes(error.code), what);
    }
    assert.deepEqual(await portable(handlers), before, 'nothing changed');
    assert.equal(
      (await invoke(handlers, 'history.undo', {})).label,
      'notes.set',
      'the refused imports left no history',
    );
    assert.ok(highlights.haftar.id);
  } finally {
    await project.close();
  }
});

test('exports by scope: Markdown by report and by code, CSV rows per code, REFI-QDA zip', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const { codes, highlights } = await annotateSamples(project);

    const byReport = await invoke(handlers, 'annotations.export', { format: 'md', language: 'ar' });
    assert.equal(byReport.encoding, 'utf8');
    assert.equal(byReport.highlightCount, 4);
    assert.match(byReport.content, /^---\ntitle: "تعليقات قارِن"\n/);
    assert.match(byReport.content, /scope: "كل التقارير"/);
    assert.match(
      byReport.content,
      /<div dir="rtl" lang="ar">\n\n> \u200f\u2067الفريق أول خالد خليفة حفتر\u2069\n\n<\/div>/,
    );
    assert.match(byReport.content, /\*\*ملاحظة على التقرير:\*\*/);
    assert.match(byReport.content, /الألقاب بين التقارير/, 'memos go along');

    const byCode = await invoke(handlers, 'annotations.export', {
      format: 'md',
      by: 'code',
      codeId: codes.actors.id,
      language: 'en',
    });
    assert.equal(byCode.highlightCount, 2, 'a code scope includes the codes nested under it');
    assert.match(byCode.content, /scope: "code: فاعلون"/);
    assert.match(byCode.content, /## \u200f\u2067فاعلون \/ ألقاب عسكرية \(1\)\u2069/);
    assert.match(byCode.filename, /^qarin-annotations-فاعلون-\d{4}-\d{2}-\d{2}\.md$/);

    const ofReport = await invoke(handlers, 'annotations.export', { format: 'csv', docId: project.docIds['002'] });
    const rows = parseCsv(ofReport.content, { bom: true, columns: true }) as Record<string, string>[];
    assert.ok(ofReport.content.startsWith('\uFEFF'));
    assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
    assert.deepEqual(
      rows.map((row) => [row.highlight_id, row.code, row.quote]),
      [[highlights.haddad.id, 'فاعلون', PASSAGES.haddad]],
    );

    const all = parseCsv((await invoke(handlers, 'annotations.export', { format: 'csv' })).content, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    assert.equal(all.length, 5, 'one row per highlight and code; an uncoded highlight has one row');
    assert.deepEqual(
      all
        .filter((row) => row.highlight_id === highlights.haftar.id)
        .map((row) => row.code_path)
        .sort(),
      ['فاعلون', 'فاعلون/ألقاب عسكرية'],
    );

    const filtered = await invoke(handlers, 'annotations.export', { format: 'json', filter: { text: 'الحدود' } });
    assert.equal(filtered.highlightCount, 1);

    const qdpx = await invoke(handlers, 'annotations.export', { format: 'qdpx' });
    assert.equal(qdpx.encoding, 'base64');
    const zip = await JSZip.loadAsync(Buffer.from(qdpx.content, 'base64'));
    const names = Object.keys(zip.files);
    assert.ok(names.includes('project.qde'));
    assert.equal(
      names.filter((name) => name.startsWith('sources/') && name.endsWith('.txt')).length,
      5,
      'every report, annotated or not',
    );
    assert.match(await zip.file('project.qde')!.async('string'), /<PlainTextSelection /);

    const unknown = await apiErrorOf(invoke(handlers, 'annotations.export', { format: 'md', codeId: 'nope' }));
    assert.equal(unknown.code, 'not-found');
  } finally {
    await project.close();
  }
});
