// The calls qarin serve's early answers treat as reads (once any other call waits, reads wait too) must
// really change nothing the user keeps in the project.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invoke } from '../../src-main/api/dispatch';
import type { MethodName } from '../../src-main/api/types';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { CALLS_THAT_CHANGE_NOTHING } from '../../src-main/services/callsThatChangeNothing';
import { importedSeeds } from '../helpers/importedSeeds';

/**
 * Every file the project keeps, with a digest of its bytes, but for `index/`: the search tables,
 * the saved clusters and the like are derived and may be written by a read, as a cache is.
 */
function keptFiles(project: string): string[] {
  return readdirSync(project, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.startsWith(`index${sep}`) && statSync(join(project, name)).isFile())
    .map(
      (name) =>
        `${name} ${createHash('sha256')
          .update(readFileSync(join(project, name)))
          .digest('hex')}`,
    )
    .sort();
}

test('none of them changes the library, the annotations, the settings or the undo history', async () => {
  const { project } = await importedSeeds();
  const workbench = await openWorkbench({ projectDir: project });
  try {
    const { handlers } = workbench;
    const [first, second] = (await invoke(handlers, 'library.list', { limit: 2 })).items.map((item) => item.id);
    assert.ok(first && second);
    const code = await invoke(handlers, 'codes.create', { name: 'ألقاب', color: '#aa3355' });
    const highlight = await invoke(handlers, 'annotations.create', {
      docId: first,
      start: 0,
      end: 12,
      codeIds: [code.id],
    });
    await invoke(handlers, 'memos.save', { title: 'مذكرة', body: 'نص', highlightIds: [highlight.id] });
    await invoke(handlers, 'notes.set', { docId: first, body: 'ملاحظة' });
    await invoke(handlers, 'settings.set', { language: 'ar' });

    const inputs: Record<string, unknown> = {
      'project.info': {},
      'library.list': { sort: 'date', descending: true },
      'document.get': { id: first },
      'search.query': { query: 'حفتر' },
      'search.documentHits': { id: first, query: 'حفتر' },
      'settings.get': {},
      'annotations.status': {},
      'annotations.list': {},
      'annotations.backups': {},
      'codes.list': {},
      'memos.list': {},
      'notes.get': { docId: first },
      'history.status': {},
      'compare.run': { ids: [first, second] },
      'compare.similar': { id: first },
      'compare.clusters': { limit: 12 },
      'compare.lexicons.list': {},
      'report.build': { annotations: 'by-report', compare: [first, second], codebook: true, memos: true },
    };
    assert.deepEqual(Object.keys(inputs).sort(), [...CALLS_THAT_CHANGE_NOTHING].sort(), 'each one is tried');

    const before = keptFiles(project);
    const history = await invoke(handlers, 'history.status', {});
    for (const [method, input] of Object.entries(inputs)) await invoke(handlers, method as MethodName, input as never);
    await workbench.highlightTablesKept?.();
    assert.deepEqual(keptFiles(project), before);
    assert.deepEqual(await invoke(handlers, 'history.status', {}), history);
  } finally {
    await workbench.close();
  }
});
