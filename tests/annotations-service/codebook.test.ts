import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoke } from '../../src-main/api/dispatch';
import type { ApiHandlers } from '../../src-main/api/dispatch';
import { apiErrorOf, isBilingual, openSeedProject, type AnnotatedProject } from './support/annotatedProject';

async function highlight(project: AnnotatedProject, passage: string, codeIds: string[]) {
  const docId = project.docIds['000'];
  return invoke(project.workbench.handlers, 'annotations.create', {
    docId,
    ...(await project.rangeOf(docId, passage)),
    codeIds,
  });
}

async function codesByName(handlers: ApiHandlers) {
  const { codes } = await invoke(handlers, 'codes.list', {});
  return new Map(codes.map((code) => [code.name, code]));
}

test('codes nest, rename, recolour and describe; names are unique among siblings, Arabic-insensitively', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const actors = await invoke(handlers, 'codes.create', { name: 'فاعلون', description: 'من يفعل ماذا' });
    const military = await invoke(handlers, 'codes.create', { name: 'عسكريون', parentId: actors.id, color: '#123456' });
    const second = await invoke(handlers, 'codes.create', { name: 'أهداف' });
    assert.notEqual(second.color, actors.color, 'default colours differ while the palette lasts');
    assert.equal(military.parentId, actors.id);

    const duplicate = await apiErrorOf(invoke(handlers, 'codes.create', { name: 'اهداف' }));
    assert.equal(duplicate.code, 'conflict');
    assert.ok(isBilingual(duplicate.bilingual), duplicate.message);
    // The same name is fine under another parent.
    await invoke(handlers, 'codes.create', { name: 'أهداف', parentId: actors.id });

    const renamed = await invoke(handlers, 'codes.update', {
      id: military.id,
      name: 'قادة عسكريون',
      color: '#abcdef',
      description: 'رتب',
    });
    assert.deepEqual(
      [renamed.name, renamed.color, renamed.description, renamed.parentId],
      ['قادة عسكريون', '#abcdef', 'رتب', actors.id],
    );
    const unnested = await invoke(handlers, 'codes.update', { id: military.id, parentId: null, description: '' });
    assert.equal(unnested.parentId, undefined);
    assert.equal(unnested.description, undefined);
    const clash = await apiErrorOf(invoke(handlers, 'codes.update', { id: second.id, parentId: actors.id }));
    assert.equal(clash.code, 'conflict', 'moving «أهداف» beside another «أهداف» is refused');
  } finally {
    await project.close();
  }
});

test('a code cannot be nested under itself or its descendants', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const root = await invoke(handlers, 'codes.create', { name: 'جذر' });
    const child = await invoke(handlers, 'codes.create', { name: 'فرع', parentId: root.id });
    const grandchild = await invoke(handlers, 'codes.create', { name: 'غصن', parentId: child.id });
    for (const parentId of [root.id, grandchild.id]) {
      const error = await apiErrorOf(invoke(handlers, 'codes.update', { id: root.id, parentId }));
      assert.equal(error.code, 'conflict');
      assert.ok(isBilingual(error.bilingual));
    }
    assert.equal((await codesByName(handlers)).get('جذر')!.parentId, undefined, 'the refused move changed nothing');
  } finally {
    await project.close();
  }
});

test('counts per code, and merging moves highlights to the kept code without duplicates and re-parents children', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const titles = await invoke(handlers, 'codes.create', { name: 'ألقاب' });
    const ranks = await invoke(handlers, 'codes.create', { name: 'رتب' });
    const general = await invoke(handlers, 'codes.create', { name: 'فريق', parentId: ranks.id });
    const both = await highlight(project, 'الفريق أول خالد خليفة حفتر', [titles.id, ranks.id]);
    const onlyRanks = await highlight(project, 'اجتماع عسكري كبير', [ranks.id]);
    const onlyChild = await highlight(project, 'قيادات بارزة', [general.id]);

    const before = await codesByName(handlers);
    assert.equal(before.get('رتب')!.count, 2);
    assert.equal(before.get('رتب')!.countWithDescendants, 3);
    assert.equal(before.get('فريق')!.count, 1);

    const merged = await invoke(handlers, 'codes.merge', { sourceId: ranks.id, targetId: titles.id });
    assert.equal(merged.highlightsMoved, 2);
    const after = await codesByName(handlers);
    assert.equal(after.has('رتب'), false);
    assert.equal(after.get('فريق')!.parentId, titles.id, 'children move under the kept code');
    assert.equal(after.get('ألقاب')!.count, 2);
    assert.equal(after.get('ألقاب')!.countWithDescendants, 3);
    const items = new Map(
      (await invoke(handlers, 'annotations.list', {})).items.map((item) => [item.id, item.codeIds]),
    );
    assert.deepEqual(items.get(both.id), [titles.id], 'a highlight that had both codes keeps one');
    assert.deepEqual(items.get(onlyRanks.id), [titles.id]);
    assert.deepEqual(items.get(onlyChild.id), [general.id]);

    assert.deepEqual(await invoke(handlers, 'history.undo', {}), { changed: true, label: 'codes.merge' });
    const undone = await codesByName(handlers);
    assert.equal(undone.get('فريق')!.parentId, ranks.id);
    const restored = new Map(
      (await invoke(handlers, 'annotations.list', {})).items.map((item) => [item.id, item.codeIds]),
    );
    assert.deepEqual(restored.get(both.id), [titles.id, ranks.id]);

    // Merging a parent into its own child lifts the child into the parent's place first.
    await invoke(handlers, 'codes.merge', { sourceId: ranks.id, targetId: general.id });
    const lifted = await codesByName(handlers);
    assert.equal(lifted.get('فريق')!.parentId, undefined);
    assert.equal(lifted.get('فريق')!.count, 3);
  } finally {
    await project.close();
  }
});

test('deleting a code asks what becomes of its highlights: they lose the code, or those coded only with it go', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const topic = await invoke(handlers, 'codes.create', { name: 'موضوع' });
    const sub = await invoke(handlers, 'codes.create', { name: 'أمن الحدود', parentId: topic.id });
    const other = await invoke(handlers, 'codes.create', { name: 'أخرى' });
    const onlyTopic = await highlight(project, 'اجتماع عسكري كبير', [topic.id]);
    const shared = await highlight(project, 'قيادات بارزة', [topic.id, other.id]);

    const kept = await invoke(handlers, 'codes.delete', { id: topic.id, highlights: 'remove-code' });
    assert.deepEqual(kept, { highlightsUncoded: 2, highlightsDeleted: 0 });
    const afterRemove = new Map(
      (await invoke(handlers, 'annotations.list', {})).items.map((item) => [item.id, item.codeIds]),
    );
    assert.deepEqual(afterRemove.get(onlyTopic.id), []);
    assert.deepEqual(afterRemove.get(shared.id), [other.id]);
    assert.equal(
      (await codesByName(handlers)).get('أمن الحدود')!.parentId,
      undefined,
      'children move up to the parent of the deleted code',
    );

    await invoke(handlers, 'history.undo', {});
    const dropped = await invoke(handlers, 'codes.delete', { id: topic.id, highlights: 'delete-highlights' });
    assert.deepEqual(dropped, { highlightsUncoded: 1, highlightsDeleted: 1 });
    const remaining = (await invoke(handlers, 'annotations.list', {})).items;
    assert.deepEqual(
      remaining.map((item) => [item.id, item.codeIds]),
      [[shared.id, [other.id]]],
    );
    assert.equal((await codesByName(handlers)).get('أمن الحدود')!.parentId, undefined);
    assert.equal(sub.parentId, topic.id);

    const missing = await apiErrorOf(invoke(handlers, 'codes.delete', { id: topic.id, highlights: 'remove-code' }));
    assert.equal(missing.code, 'not-found');
  } finally {
    await project.close();
  }
});
