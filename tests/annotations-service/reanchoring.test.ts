import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { seedIds } from '../helpers/seeds';
import { tempDir } from '../helpers/tempDir';
import { AnnotationService } from '../../src-main/services/annotations/annotationService';
import type { AnnotatedDocument } from '../../src-main/core/annotations/annotatedDocument';
import { runImport } from '../../src-main/services/runImport';
import { openSeedProject } from './support/annotatedProject';

const TITLE = 'اجتماع عسكري حاسم في سرت';
const HAFTAR = 'الفريق أول خالد خليفة حفتر';
const BORDERS = 'يركز على تأمين الحدود الليبية ضد الظواهر الخطرة مثل الهجرة غير الشرعية';
const BORDERS_EDITED = 'يركز على تأمين الحدود الليبية ضد الظواهر الخطيرة مثل الهجرة غير الشرعية';
const REMOVED_SENTENCE =
  ' يؤكد المشاركون أن هذا النهج سيساهم في حماية السيادة الوطنية وتحقيق الاستقرار الشامل، خاصة مع تصاعد التهديدات الإقليمية التي تهدد المنطقة بأكملها.';
const REMOVED = 'يؤكد المشاركون أن هذا النهج سيساهم في حماية السيادة الوطنية';
const INSERTED = '\nتقرير محدث: أضيفت هذه الفقرة بعد النشر الأول لتوضيح السياق.\n';
/** «حفتر» occurs twice; this one is «العميد الهادي حسين حفتر». */
const SECOND_HAFTAR_CONTEXT = 'والعميد الهادي حسين ';

test('re-importing an edited report re-anchors its highlights: same place, shifted, fuzzy, or orphan', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const docId = project.docIds['000'];
    const text = await project.text(docId);
    const create = async (start: number, end: number) =>
      invoke(handlers, 'annotations.create', { docId, start, end, codeIds: [], note: '' });
    const title = await create(0, TITLE.length);
    const haftar = await create(...range(text, HAFTAR));
    const borders = await create(...range(text, BORDERS));
    const removed = await create(...range(text, REMOVED));
    const secondHaftarStart = text.indexOf(SECOND_HAFTAR_CONTEXT) + SECOND_HAFTAR_CONTEXT.length;
    const shortQuote = await create(secondHaftarStart, secondHaftarStart + 'حفتر'.length);

    const file = join(project.corpusDir, seedIds['000']);
    const original = readFileSync(file, 'utf8');
    const firstLineEnd = original.indexOf('\n');
    const edited = (original.slice(0, firstLineEnd) + INSERTED + original.slice(firstLineEnd))
      .replace(BORDERS, BORDERS_EDITED)
      .replace(REMOVED_SENTENCE, '');
    assert.notEqual(edited.indexOf(BORDERS_EDITED), -1);
    assert.equal(edited.indexOf(REMOVED), -1);
    writeFileSync(file, edited);
    project.changes.length = 0;
    const report = await runImport(project.workbench, [project.corpusDir]);
    assert.deepEqual(
      report.updated.map((entry) => entry.id),
      [docId],
    );
    assert.ok(
      project.changes.some((change) => change.docId === docId),
      "windows are told the report's highlights moved",
    );

    const newText = await project.text(docId);
    const newSha = (await invoke(handlers, 'document.get', { id: docId })).sha256;
    const items = new Map((await invoke(handlers, 'annotations.list', { docId })).items.map((item) => [item.id, item]));
    const at = (id: string) => {
      const item = items.get(id)!;
      return newText.slice(item.target.position.start, item.target.position.end);
    };

    assert.equal(at(title.id), TITLE);
    assert.equal(items.get(title.id)!.reanchor, undefined, 'a passage that did not move is not flagged');
    assert.equal(items.get(title.id)!.target.sha256, newSha);

    assert.equal(at(haftar.id), HAFTAR);
    assert.equal(items.get(haftar.id)!.target.position.start, haftar.target.position.start + INSERTED.length);
    assert.equal(items.get(haftar.id)!.reanchor?.method, 'exact-quote');

    assert.equal(at(borders.id), BORDERS_EDITED, 'the edited passage is found approximately');
    assert.equal(items.get(borders.id)!.status, 'anchored');
    assert.equal(items.get(borders.id)!.reanchor?.method, 'fuzzy');
    assert.equal(
      items.get(borders.id)!.reanchor?.previousQuote,
      BORDERS,
      'what the highlight said before is kept for review',
    );
    assert.equal(items.get(borders.id)!.target.quote.exact, BORDERS_EDITED);

    const shortItem = items.get(shortQuote.id)!;
    assert.equal(at(shortQuote.id), 'حفتر');
    assert.ok(
      newText.slice(0, shortItem.target.position.start).endsWith(SECOND_HAFTAR_CONTEXT),
      'a one-word quote stays on its own occurrence, told apart by its context',
    );

    const orphan = items.get(removed.id)!;
    assert.equal(orphan.status, 'orphan', 'a passage that is gone is neither moved nor deleted');
    assert.equal(orphan.target.quote.exact, REMOVED);
    const orphans = await invoke(handlers, 'annotations.list', { status: 'orphan' });
    assert.deepEqual(
      orphans.items.map((item) => [item.id, item.target.quote.exact]),
      [[removed.id, REMOVED]],
    );
    assert.equal(orphans.items[0]!.document.id, docId);
    assert.equal(items.size, 5, 'nothing was deleted');

    const [start, end] = range(newText, 'تقرير محدث');
    const reattached = await invoke(handlers, 'annotations.reattach', { id: removed.id, start, end });
    assert.equal(reattached.status, 'anchored');
    assert.equal(reattached.target.quote.exact, 'تقرير محدث');
    assert.equal(reattached.target.sha256, newSha);
    assert.equal((await invoke(handlers, 'annotations.list', { status: 'orphan' })).total, 0);

    await project.reopen();
    const reopened = await invoke(project.workbench.handlers, 'annotations.list', { docId });
    assert.deepEqual(
      reopened.items.map((item) => [item.id, item.status, item.target.sha256]).sort(),
      [...items.keys()].map((id) => [id, 'anchored', newSha]).sort(),
      'the re-anchored targets were saved',
    );
  } finally {
    await project.close();
  }
});

test('reconciling (what opening a project runs) re-anchors highlights whose report changed while they were closed', async () => {
  const folder = tempDir();
  const original = 'تمهيد قصير.\nعقد رئيس الأركان اجتماعاً مع قادة المناطق العسكرية في طرابلس.\nخاتمة.';
  const edited =
    'تمهيد أطول بكثير من التمهيد الأول للتقرير.\nعقد رئيس الأركان اجتماعاً مع قادة المناطق العسكرية في طرابلس.\nخاتمة.';
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  let current = { text: original, document: { id: 'doc', title: 'تقرير', sha256: sha(original) } as AnnotatedDocument };
  const options = {
    snapshotPath: join(folder, 'annotations.json'),
    journalPath: join(folder, 'annotations.journal'),
    projectName: 'test',
    documents: {
      get: (id: string) => (id === 'doc' ? current.document : undefined),
      findBySha: () => undefined,
      text: () => current.text,
    },
  };
  const first = await AnnotationService.open(options);
  const passage = 'اجتماعاً مع قادة المناطق العسكرية';
  const created = await first.create({ docId: 'doc', ...rangeObject(original, passage), codeIds: [], note: '' });
  await first.close();

  current = { text: edited, document: { id: 'doc', title: 'تقرير', sha256: sha(edited) } };
  const second = await AnnotationService.open(options);
  assert.deepEqual(await second.reconcile(), { exact: 1, fuzzy: 0, orphans: 0 });
  assert.deepEqual(await second.reconcile(), { exact: 0, fuzzy: 0, orphans: 0 }, 'a second run has nothing left to do');
  const [item] = (await second.list({ docId: 'doc', offset: 0, limit: 10 })).items;
  assert.ok(item);
  assert.equal(item.id, created.id);
  assert.equal(edited.slice(item.target.position.start, item.target.position.end), passage);
  assert.equal(item.target.sha256, sha(edited));
  await second.close();
});

function range(text: string, passage: string): [number, number] {
  const start = text.indexOf(passage);
  assert.notEqual(start, -1, `"${passage}" is in the text`);
  return [start, start + passage.length];
}

function rangeObject(text: string, passage: string) {
  const [start, end] = range(text, passage);
  return { start, end };
}
