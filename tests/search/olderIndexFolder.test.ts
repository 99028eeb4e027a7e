import assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { runImport } from '../../src-main/services/runImport';
import { SearchHost } from '../../src-main/services/search/searchHost';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { importedSeeds, savedIndexFingerprint } from '../helpers/importedSeeds';
import { tempDir } from '../helpers/tempDir';

const QUERIES = ['حفتر', 'الهدنة -حفتر', 'اجتماع*', '"الفريق أول"', 'ليبيا OR سرت'];

/**
 * What versions that persisted a FlexSearch snapshot of the index left in its folder: a manifest
 * naming the corpus and one file per part. The part is damaged on purpose: nothing may read it.
 */
function leaveOlderSnapshot(indexDir: string, fingerprint: string): void {
  writeFileSync(join(indexDir, 'manifest.json'), JSON.stringify({ fingerprint, keys: ['format'] }));
  writeFileSync(join(indexDir, '0.part'), '{ damaged');
}

describe('an index folder written by an older version', () => {
  it('with a snapshot beside its tables: opens from the tables, and its next save drops the snapshot', async () => {
    const { project, fingerprint } = await importedSeeds();
    const { index } = projectLayout(project);
    leaveOlderSnapshot(index, fingerprint);
    const corpus = tempDir();
    writeFileSync(join(corpus, 'new.txt'), 'عنوان جديد\n\nوصل وفد القرنفل الازرق الى المدينة صباح اليوم\n');
    const workbench = await openWorkbench({ projectDir: project });
    try {
      const seeds = await invoke(workbench.handlers, 'search.query', { query: 'حفتر', offset: 0, limit: 10 });
      assert.ok(seeds.total > 0);
      await runImport(workbench, [corpus]);
      const added = await invoke(workbench.handlers, 'search.query', { query: 'القرنفل', offset: 0, limit: 10 });
      assert.equal(added.total, 1);
      const again = await invoke(workbench.handlers, 'search.query', { query: 'حفتر', offset: 0, limit: 10 });
      assert.deepEqual(
        again.hits.map((hit) => hit.id),
        seeds.hits.map((hit) => hit.id),
      );
    } finally {
      await workbench.close();
    }
    assert.equal(existsSync(join(index, 'manifest.json')), false, 'the snapshot went with the folder it was in');
    assert.equal(existsSync(join(index, '0.part')), false);
    assert.notEqual(savedIndexFingerprint(project), fingerprint, 'the tables are of the corpus with the new report');
  });

  it('with a snapshot and no tables: is rebuilt from the texts, answers alike, and gets its tables', async () => {
    const { project, catalogue, fingerprint } = await importedSeeds();
    const layout = projectLayout(project);
    const where = { indexDir: layout.index, textsDir: layout.texts, fingerprint, catalogue };
    const current = new SearchHost();
    assert.equal((await current.open(where)).source, 'tables');
    const expected = QUERIES.map((query) => current.search({ query, offset: 0, limit: 10 }));
    assert.ok(expected.some((result) => result.total > 0));

    rmSync(searchTablesLayout(layout.index).dir, { recursive: true });
    leaveOlderSnapshot(layout.index, fingerprint);
    const older = new SearchHost();
    assert.equal((await older.open(where)).source, 'rebuilt');
    for (const [n, query] of QUERIES.entries()) {
      const found = older.search({ query, offset: 0, limit: 10 });
      assert.deepEqual(found.hits.map((hit) => hit.id).sort(), expected[n]!.hits.map((hit) => hit.id).sort(), query);
      assert.equal(found.total, expected[n]!.total, query);
    }
    assert.equal(existsSync(join(layout.index, 'manifest.json')), false);
    const next = new SearchHost();
    assert.equal(await next.openTables(where), true, 'the next start answers from the tables written');
  });
});
