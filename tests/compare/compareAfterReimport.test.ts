import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { tempDir } from '../helpers/tempDir';
import { seedsDir, seedIds } from '../helpers/seeds';

test('a report edited and imported again is compared as it now reads, not as first prepared', async () => {
  const corpus = tempDir();
  cpSync(seedsDir, corpus, { recursive: true });
  const workbench = await openWorkbench({ projectDir: tempDir(), preloadSearch: false });
  try {
    const report = await runImport(workbench, [corpus]);
    const idOf = (key: keyof typeof seedIds) => report.added.find((added) => added.path.endsWith(seedIds[key]))!.id;
    const ids = [idOf('000'), idOf('002')];
    const before = await invoke(workbench.handlers, 'compare.run', { ids });
    const added = 'وأكد الفريق أول خالد خليفة حفتر أن القوة المشتركة ستنتشر على الحدود الجنوبية خلال أسبوعين.';
    appendFileSync(join(corpus, seedIds['002']), `\n${added}\n`);
    const again = await runImport(workbench, [corpus]);
    assert.deepEqual(
      again.updated.map((entry) => entry.id),
      [ids[1]],
    );
    const after = await invoke(workbench.handlers, 'compare.run', { ids });
    const text = (await invoke(workbench.handlers, 'document.get', { id: ids[1]! })).text;
    const sentencesOf002 = after.sentences.filter((span) => span.docId === ids[1]);
    assert.equal(sentencesOf002.length, before.sentences.filter((span) => span.docId === ids[1]).length + 1);
    const last = sentencesOf002[sentencesOf002.length - 1]!;
    assert.equal(text.slice(last.start, last.end), added);
    assert.ok(
      after.passages.some((passage) =>
        passage.spans.some(
          (span) => span.docId === ids[1] && text.slice(span.start, span.end).includes('خالد خليفة حفتر'),
        ),
      ),
      "the added sentence shares Haftar's full name with 000",
    );
  } finally {
    await workbench.close();
  }
});
