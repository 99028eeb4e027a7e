import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { seedIds, seedsDir } from '../helpers/seeds';
import { tempDir } from '../helpers/tempDir';
import { openSeedProject } from './support/annotatedProject';
import { PASSAGES, annotateSamples } from './support/sampleAnnotations';

/** A project holding the seeds as found in `corpusDir`, opened fresh (its own document ids). */
async function projectOf(corpusDir: string) {
  const workbench = await openWorkbench({ projectDir: tempDir('qarin-jsonld-target-') });
  await runImport(workbench, [corpusDir]);
  return workbench;
}

test('an orphaned highlight (its report re-imported with a changed text) comes along; the rest import too', async () => {
  const source = await openSeedProject();
  try {
    await annotateSamples(source);
    const file = join(source.corpusDir, seedIds['000']);
    writeFileSync(file, readFileSync(file, 'utf8').replace(PASSAGES.removed, 'وقال المشاركون إن الخطة جديدة'));
    await runImport(source.workbench, [source.corpusDir]);
    const orphaned = await invoke(source.workbench.handlers, 'annotations.list', { status: 'orphan' });
    assert.equal(orphaned.total, 1, 'the re-import left one orphan');
    const exported = await invoke(source.workbench.handlers, 'annotations.export', { format: 'json' });

    // Another project that imported the changed report: its id is not the source's.
    const target = await projectOf(source.corpusDir);
    try {
      const result = await invoke(target.handlers, 'annotations.importJson', { content: exported.content });
      assert.deepEqual(
        { exact: result.exact, orphans: result.orphans, skipped: result.skipped },
        { exact: 3, orphans: 1, skipped: [] },
      );
      const orphans = await invoke(target.handlers, 'annotations.list', { status: 'orphan' });
      assert.deepEqual(
        orphans.items.map((item) => item.target.quote.exact),
        [PASSAGES.removed],
      );
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
});

test('a highlight whose report this project lacks is skipped and named; the others import', async () => {
  const source = await openSeedProject();
  try {
    await annotateSamples(source);
    const exported = await invoke(source.workbench.handlers, 'annotations.export', { format: 'json' });
    const corpus = tempDir('qarin-jsonld-corpus-');
    cpSync(seedsDir, corpus, { recursive: true });
    // The target lacks report 002, which holds one highlight of the file.
    writeFileSync(join(corpus, seedIds['002']), 'تقرير آخر لا صلة له بالتقرير المصدَّر.\n');
    const target = await projectOf(corpus);
    try {
      const result = await invoke(target.handlers, 'annotations.importJson', { content: exported.content });
      assert.equal(result.exact, 3);
      assert.deepEqual(
        result.skipped.map((entry) => [entry.docId, entry.quote]),
        [[source.docIds['002'], PASSAGES.haddad]],
      );
      assert.equal((await invoke(target.handlers, 'annotations.list', {})).total, 3);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
});

test('code colours and nesting travel through the JSON-LD export and import', async () => {
  const source = await openSeedProject();
  try {
    const { codes } = await annotateSamples(source);
    await invoke(source.workbench.handlers, 'codes.update', { id: codes.titles.id, color: '#123456' });
    const exported = await invoke(source.workbench.handlers, 'annotations.export', { format: 'json' });
    const target = await projectOf(source.corpusDir);
    try {
      await invoke(target.handlers, 'annotations.importJson', { content: exported.content });
      const shape = async (handlers: typeof target.handlers) => {
        const listed = (await invoke(handlers, 'codes.list', {})).codes;
        const byId = new Map(listed.map((code) => [code.id, code]));
        return listed
          .map((code) => ({ name: code.name, color: code.color, parent: byId.get(code.parentId ?? '')?.name }))
          .sort((a, b) => a.name.localeCompare(b.name));
      };
      assert.deepEqual(await shape(target.handlers), await shape(source.workbench.handlers));
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
});
