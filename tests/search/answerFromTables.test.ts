import assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { runImport } from '../../src-main/services/runImport';
import { SearchHost } from '../../src-main/services/search/searchHost';
import type { SearchCatalogueEntry } from '../../src-main/services/search/searchCatalogueEntry';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { importedSeeds, savedIndexFingerprint } from '../helpers/importedSeeds';
import { tempDir } from '../helpers/tempDir';

/** Queries of every kind the search box takes: words, stems, prefixes, phrases, fields, exclusions, a typo. */
const QUERIES = [
  'حفتر',
  'الهدنة -حفتر',
  'اجتماع*',
  '"الفريق أول"',
  'source:alwasat سرت',
  'حفطر',
  'ليبيا OR سرت',
  'تعليقات',
];

async function openHost(project: string, catalogue: SearchCatalogueEntry[], fingerprint: string, tables: boolean) {
  const layout = projectLayout(project);
  const host = new SearchHost();
  const where = { indexDir: layout.index, textsDir: layout.texts, fingerprint };
  if (tables && (await host.openTables(where))) return { host, source: 'tables' };
  const opened = await host.open({ ...where, catalogue });
  return { host, source: opened.source };
}

describe('the app answers from the on-disk search tables until the corpus changes', () => {
  it('gives the same results, hit spans and similar reports as the in-memory index', async () => {
    const { project, catalogue, fingerprint } = await importedSeeds();
    const fromTables = await openHost(project, catalogue, fingerprint, true);
    const inMemory = await openHost(project, catalogue, fingerprint, false);
    assert.equal(fromTables.source, 'tables');
    assert.equal(fromTables.host.answeringFrom, 'tables');
    assert.equal(inMemory.source, 'tables', 'the in-memory index is restored from the same tables');
    const answered = QUERIES.filter((query) => inMemory.host.search({ query, offset: 0, limit: 1 }).total > 0);
    assert.ok(answered.length >= QUERIES.length - 2, `most queries find something: ${answered.join(', ')}`);
    for (const query of QUERIES) {
      for (const offset of [0, 2]) {
        const request = { query, offset, limit: 3 };
        assert.deepEqual(fromTables.host.search(request), inMemory.host.search(request), `${query} @${offset}`);
      }
      for (const { id } of catalogue) {
        const params = { id, query };
        assert.deepEqual(fromTables.host.documentHits(params), inMemory.host.documentHits(params), `${query} in ${id}`);
      }
    }
    await fromTables.host.openSignatures();
    for (const { id } of catalogue) {
      const query = { id, limit: 10 };
      assert.deepEqual(fromTables.host.similarity.similar(query), inMemory.host.similarity.similar(query), id);
    }
    assert.equal(fromTables.host.answeringFrom, 'tables', 'similar reports need no in-memory index');
  });

  it('loads the in-memory index for a change, and then finds what was added', async () => {
    const { project, catalogue, fingerprint } = await importedSeeds();
    const { host } = await openHost(project, catalogue, fingerprint, true);
    await host.loadIndex(catalogue);
    assert.equal(host.answeringFrom, 'memory');
    const added = { id: 'added-report', sha256: 'f'.repeat(64), title: 'تقرير', boilerplate: [] };
    host.indexDocuments([{ ...added, text: 'وصل وفد القرنفل الازرق الى المدينة' }]);
    const result = host.search({ query: 'القرنفل', offset: 0, limit: 5 });
    assert.deepEqual(
      result.hits.map((hit) => hit.id),
      ['added-report'],
    );
  });

  it('does not use tables written for another corpus', async () => {
    const { project, catalogue } = await importedSeeds();
    const { host, source } = await openHost(project, catalogue, 'another corpus', true);
    assert.equal(source, 'rebuilt');
    assert.equal(host.answeringFrom, 'memory');
    assert.equal(host.search({ query: 'حفتر', offset: 0, limit: 5 }).total > 0, true);
  });

  it('falls back to the in-memory index when the tables are damaged', async () => {
    const { project, catalogue, fingerprint } = await importedSeeds();
    rmSync(searchTablesLayout(projectLayout(project).index).postings);
    const { host, source } = await openHost(project, catalogue, fingerprint, true);
    assert.equal(source, 'rebuilt');
    assert.equal(host.search({ query: 'حفتر', offset: 0, limit: 5 }).total > 0, true);
  });

  it('an index persisted without tables gets them at its first opening, for the next', async () => {
    const { project } = await importedSeeds();
    const tablesDir = join(projectLayout(project).index, 'tables');
    rmSync(tablesDir, { recursive: true, force: true });
    const workbench = await openWorkbench({ projectDir: project });
    try {
      const found = await invoke(workbench.handlers, 'search.query', { query: 'حفتر', offset: 0, limit: 10 });
      assert.ok(found.total > 0);
      const meta = searchTablesLayout(projectLayout(project).index).meta;
      for (let waited = 0; !existsSync(meta) && waited < 20_000; waited += 50) await delay(50);
      assert.ok(existsSync(meta), 'the tables were written');
    } finally {
      await workbench.close();
    }
    const reopened = new SearchHost();
    const fingerprint = savedIndexFingerprint(project);
    const layout = projectLayout(project);
    assert.ok(
      await reopened.openTables({ indexDir: layout.index, textsDir: layout.texts, fingerprint }),
      'the next start answers from them',
    );
  });

  it('through the workbench: searches, imports, and searches again after reopening', async () => {
    const { project } = await importedSeeds();
    const corpus = tempDir();
    writeFileSync(join(corpus, 'new.txt'), 'عنوان جديد\n\nوصل وفد القرنفل الازرق الى المدينة صباح اليوم\n');
    const first = await openWorkbench({ projectDir: project });
    try {
      const before = await invoke(first.handlers, 'search.query', { query: 'حفتر', offset: 0, limit: 10 });
      assert.ok(before.total > 0);
      await runImport(first, [corpus]);
      const after = await invoke(first.handlers, 'search.query', { query: 'القرنفل', offset: 0, limit: 10 });
      assert.equal(after.total, 1);
    } finally {
      await first.close();
    }
    const second = await openWorkbench({ projectDir: project });
    try {
      const reopened = await invoke(second.handlers, 'search.query', { query: 'القرنفل', offset: 0, limit: 10 });
      assert.equal(reopened.total, 1);
      const seeds = await invoke(second.handlers, 'search.query', { query: 'حفتر', offset: 0, limit: 10 });
      assert.ok(seeds.total > 0);
    } finally {
      await second.close();
    }
  });
});
