import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { tempDir } from '../helpers/tempDir';
import { seedsDir, seedIds } from '../helpers/seeds';

test('a query with a typing mistake finds the seed report and says which word was read as which', async () => {
  const workbench = await openWorkbench({ projectDir: tempDir() });
  try {
    const report = await runImport(workbench, [seedsDir]);
    const idOf = (seed: keyof typeof seedIds) => report.added.find((added) => added.path.endsWith(seedIds[seed]))!.id;

    // «المعلمة» for «المعلنة»: only seed 002 speaks of «الهدنة المعلنة».
    const typo = await invoke(workbench.handlers, 'search.query', { query: 'الهدنة المعلمة' });
    assert.equal(typo.hits[0]?.id, idOf('002'));
    assert.equal(typo.partial, false);
    assert.deepEqual(typo.noticeCodes, ['typo-corrected']);
    // Folded for the program, spelt as the reader and the report write them for the notice.
    assert.deepEqual(typo.corrections, [
      { typed: 'المعلمه', readAs: 'المعلنه', typedSpelling: 'المعلمة', readAsSpelling: 'المعلنة' },
    ]);
    assert.match(typo.notice ?? '', /«المعلنة» \(you typed «المعلمة»\)/);
    const highlighted = typo.hits[0]!.snippets.flatMap(({ text, start, highlights }) =>
      highlights.map((span) => text.slice(span.start - start, span.end - start)),
    );
    assert.ok(highlighted.includes('المعلنة'), highlighted.join(' | '));

    // Asked to search the words exactly as typed, it reads nothing otherwise.
    const exact = await invoke(workbench.handlers, 'search.query', { query: 'الهدنة المعلمة', exactSpelling: true });
    assert.equal(exact.corrections, undefined);
    assert.equal(exact.noticeCodes, undefined);
    assert.equal(exact.partial, true);

    // A query spelled right carries no such notice.
    const right = await invoke(workbench.handlers, 'search.query', { query: 'الهدنة المعلنة' });
    assert.equal(right.hits[0]?.id, idOf('002'));
    assert.equal(right.corrections, undefined);
  } finally {
    await workbench.close();
  }
});
