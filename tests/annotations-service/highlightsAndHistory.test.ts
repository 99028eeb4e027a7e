import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoke } from '../../src-main/api/dispatch';
import { CODE_PALETTE } from '../../src-main/services/annotations/codePalette';
import { apiErrorOf, isBilingual, openSeedProject } from './support/annotatedProject';

const HAFTAR = 'الفريق أول خالد خليفة حفتر';
const SIRTE = 'اجتماع عسكري كبير في مدينة سرت';

test('a highlight is created from a selection with quote, 32 units of context, position and the text hash', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const docId = project.docIds['000'];
    const empty = await invoke(handlers, 'codes.list', {});
    assert.deepEqual(empty.palette, [...CODE_PALETTE], 'the interface offers the service palette');
    assert.equal(empty.nextColor, CODE_PALETTE[0]);
    const code = await invoke(handlers, 'codes.create', { name: 'ألقاب عسكرية' });
    assert.equal(code.color, CODE_PALETTE[0], 'the first code takes the first palette colour');
    await invoke(handlers, 'codes.create', { name: 'أماكن', color: CODE_PALETTE[1].toUpperCase() });
    assert.equal(
      (await invoke(handlers, 'codes.list', {})).nextColor,
      CODE_PALETTE[2],
      'the first unused colour, in any case',
    );
    const range = await project.rangeOf(docId, HAFTAR);
    const highlight = await invoke(handlers, 'annotations.create', {
      docId,
      ...range,
      codeIds: [code.id, code.id],
      note: '**لقب** مختلف',
    });
    const text = await project.text(docId);
    const document = await invoke(handlers, 'document.get', { id: docId });

    assert.equal(highlight.target.quote.exact, HAFTAR);
    assert.equal(highlight.target.quote.prefix, text.slice(range.start - 32, range.start));
    assert.equal(highlight.target.quote.suffix, text.slice(range.end, range.end + 32));
    assert.deepEqual(highlight.target.position, range);
    assert.equal(highlight.target.sha256, document.sha256);
    assert.deepEqual(highlight.codeIds, [code.id], 'a code given twice is kept once');
    assert.equal(highlight.status, 'anchored');
    assert.equal(highlight.document.title, document.title);
    assert.deepEqual(project.changes.at(-1), { docId });

    const listed = await invoke(handlers, 'annotations.list', { docId });
    assert.equal(listed.total, 1);
    assert.equal(listed.items[0]!.id, highlight.id);
  } finally {
    await project.close();
  }
});

test('the details list is in text order, and the project list filters by code, report, source, text and status', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const titles = await invoke(handlers, 'codes.create', { name: 'ألقاب' });
    const places = await invoke(handlers, 'codes.create', { name: 'أماكن' });
    const cities = await invoke(handlers, 'codes.create', { name: 'مدن', parentId: places.id });
    const doc0 = project.docIds['000'];
    const doc2 = project.docIds['002'];
    const later = await invoke(handlers, 'annotations.create', {
      docId: doc0,
      ...(await project.rangeOf(doc0, HAFTAR)),
      codeIds: [titles.id],
    });
    const earlier = await invoke(handlers, 'annotations.create', {
      docId: doc0,
      ...(await project.rangeOf(doc0, SIRTE)),
      codeIds: [cities.id],
    });
    const other = await invoke(handlers, 'annotations.create', {
      docId: doc2,
      ...(await project.rangeOf(doc2, 'محمد الحداد')),
      codeIds: [],
      note: 'رئيس الأركان في المنطقة الغربية',
    });

    const ofDocument = await invoke(handlers, 'annotations.list', { docId: doc0 });
    assert.deepEqual(
      ofDocument.items.map((item) => item.id),
      [earlier.id, later.id],
      'by position in the text',
    );

    const byParentCode = await invoke(handlers, 'annotations.list', { codeId: places.id });
    assert.deepEqual(
      byParentCode.items.map((item) => item.id),
      [earlier.id],
      'a code filter includes nested codes',
    );
    // «الاركان» without hamza and with a different article still finds «الأركان» in the note.
    const byText = await invoke(handlers, 'annotations.list', { text: 'الاركان' });
    assert.deepEqual(
      byText.items.map((item) => item.id),
      [other.id],
    );
    const byQuote = await invoke(handlers, 'annotations.list', { text: 'حفتر' });
    assert.deepEqual(
      byQuote.items.map((item) => item.id),
      [later.id],
    );
    const source = other.document.source;
    if (source !== undefined) {
      const bySource = await invoke(handlers, 'annotations.list', { source });
      assert.ok(bySource.items.every((item) => item.document.source === source));
      assert.ok(bySource.items.some((item) => item.id === other.id));
    }
    assert.equal((await invoke(handlers, 'annotations.list', { status: 'orphan' })).total, 0);
    const all = await invoke(handlers, 'annotations.list', {});
    assert.equal(all.total, 3);
    const paged = await invoke(handlers, 'annotations.list', { offset: 1, limit: 1 });
    assert.deepEqual(
      paged.items.map((item) => item.id),
      [all.items[1]!.id],
    );
  } finally {
    await project.close();
  }
});

test('edits and deletions undo and redo, durably, and a reopened project keeps the last state', async () => {
  const project = await openSeedProject();
  try {
    let { handlers } = project.workbench;
    const docId = project.docIds['000'];
    const code = await invoke(handlers, 'codes.create', { name: 'ألقاب' });
    const created = await invoke(handlers, 'annotations.create', {
      docId,
      ...(await project.rangeOf(docId, HAFTAR)),
      codeIds: [code.id],
      note: 'أول',
    });
    const memo = await invoke(handlers, 'memos.save', {
      title: 'الألقاب',
      body: 'يختلف اللقب',
      highlightIds: [created.id],
    });
    const edited = await invoke(handlers, 'annotations.update', { id: created.id, note: 'ثانٍ', codeIds: [] });
    assert.equal(edited.note, 'ثانٍ');
    assert.deepEqual(edited.codeIds, []);
    assert.equal(
      await invoke(handlers, 'annotations.delete', { id: created.id }).then((result) => result.deleted),
      true,
    );
    assert.equal((await invoke(handlers, 'annotations.list', { docId })).total, 0);
    assert.deepEqual(
      (await invoke(handlers, 'memos.list', {})).memos[0]!.highlightIds,
      [],
      'a memo outlives the highlights it links',
    );

    assert.deepEqual(await invoke(handlers, 'history.undo', {}), { changed: true, label: 'annotations.delete' });
    const restored = (await invoke(handlers, 'annotations.list', { docId })).items;
    assert.deepEqual(
      restored.map((item) => [item.id, item.note]),
      [[created.id, 'ثانٍ']],
    );
    assert.deepEqual(
      (await invoke(handlers, 'memos.list', {})).memos[0]!.highlightIds,
      [created.id],
      'undo puts the memo link back too',
    );
    assert.deepEqual(await invoke(handlers, 'history.undo', {}), { changed: true, label: 'annotations.update' });
    const original = (await invoke(handlers, 'annotations.list', { docId })).items[0]!;
    assert.equal(original.note, 'أول');
    assert.deepEqual(original.codeIds, [code.id]);
    assert.deepEqual(await invoke(handlers, 'history.redo', {}), { changed: true, label: 'annotations.update' });
    assert.equal((await invoke(handlers, 'annotations.list', { docId })).items[0]!.note, 'ثانٍ');

    // A new change after an undo drops what could have been redone.
    await invoke(handlers, 'history.undo', {});
    await invoke(handlers, 'notes.set', { docId, body: 'تقرير مفصل عن الاجتماع' });
    assert.deepEqual(await invoke(handlers, 'history.redo', {}), { changed: false });

    await project.reopen();
    handlers = project.workbench.handlers;
    const reopened = await invoke(handlers, 'annotations.list', { docId });
    assert.deepEqual(
      reopened.items.map((item) => [item.id, item.note]),
      [[created.id, 'أول']],
    );
    assert.equal((await invoke(handlers, 'notes.get', { docId })).body, 'تقرير مفصل عن الاجتماع');
    assert.equal((await invoke(handlers, 'memos.list', {})).memos[0]!.id, memo.id);
    assert.deepEqual(
      await invoke(handlers, 'history.undo', {}),
      { changed: false },
      'history lives in memory, per session',
    );
  } finally {
    await project.close();
  }
});

test('bad selections, unknown codes and unknown reports are refused in English and Arabic, and change nothing', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const docId = project.docIds['001'];
    const length = (await project.text(docId)).length;
    for (const range of [
      { start: 5, end: 5 },
      { start: 10, end: length + 1 },
    ]) {
      const error = await apiErrorOf(invoke(handlers, 'annotations.create', { docId, ...range, codeIds: [] }));
      assert.equal(error.code, 'invalid-input');
      assert.ok(isBilingual(error.bilingual), error.message);
    }
    const unknownCode = await apiErrorOf(
      invoke(handlers, 'annotations.create', { docId, start: 0, end: 4, codeIds: ['no-such-code'] }),
    );
    assert.equal(unknownCode.code, 'not-found');
    assert.match(unknownCode.message, /no-such-code/);
    const unknownReport = await apiErrorOf(
      invoke(handlers, 'annotations.create', { docId: 'nope', start: 0, end: 4, codeIds: [] }),
    );
    assert.equal(unknownReport.code, 'not-found');
    assert.ok(isBilingual(unknownReport.bilingual));
    assert.equal((await invoke(handlers, 'annotations.list', {})).total, 0);
    assert.deepEqual(await invoke(handlers, 'history.undo', {}), { changed: false }, 'refused calls leave no history');
  } finally {
    await project.close();
  }
});

test('the history says what undo and redo would do next, and announces every change of it', async () => {
  const project = await openSeedProject();
  const announced: unknown[] = [];
  project.workbench.events.subscribe((event, payload) => {
    if (event === 'history.changed') announced.push(payload);
  });
  try {
    const { handlers } = project.workbench;
    const docId = project.docIds['000'];
    assert.deepEqual(await invoke(handlers, 'history.status', {}), {}, 'a fresh project has nothing to undo or redo');
    await invoke(handlers, 'annotations.create', {
      docId,
      ...(await project.rangeOf(docId, HAFTAR)),
      codeIds: [],
      note: '',
    });
    assert.deepEqual(await invoke(handlers, 'history.status', {}), { undo: 'annotations.create' });
    await invoke(handlers, 'memos.save', { title: 'مذكرة', body: 'نص', highlightIds: [] });
    assert.deepEqual(
      await invoke(handlers, 'history.status', {}),
      { undo: 'memos.save' },
      'a memo, which changes no report, counts too',
    );
    await invoke(handlers, 'history.undo', {});
    assert.deepEqual(await invoke(handlers, 'history.status', {}), { undo: 'annotations.create', redo: 'memos.save' });
    await invoke(handlers, 'history.undo', {});
    assert.deepEqual(await invoke(handlers, 'history.status', {}), { redo: 'annotations.create' });
    assert.deepEqual(announced, [
      { undo: 'annotations.create' },
      { undo: 'memos.save' },
      { undo: 'annotations.create', redo: 'memos.save' },
      { redo: 'annotations.create' },
    ]);
  } finally {
    await project.close();
  }
});
