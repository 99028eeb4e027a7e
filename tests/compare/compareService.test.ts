import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch, invoke } from '../../src-main/api/dispatch';
import { ApiError } from '../../src-main/api/apiError';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import type { Workbench } from '../../src-main/services/workbench';
import { tempDir } from '../helpers/tempDir';
import { seedsDir, seedIds } from '../helpers/seeds';

let workbench: Workbench;
const ids: Record<keyof typeof seedIds, string> = { '000': '', '001': '', '002': '', '003': '', '004': '' };

const projectDir = tempDir();

before(async () => {
  workbench = await openWorkbench({ projectDir, preloadSearch: false });
  const report = await runImport(workbench, [seedsDir]);
  for (const key of Object.keys(seedIds) as (keyof typeof seedIds)[]) {
    const added = report.added.find((entry) => entry.path.endsWith(seedIds[key]));
    assert.ok(added, key);
    ids[key] = added.id;
  }
});

after(async () => {
  await workbench.close();
});

test('compare.run through the contract aligns the three reports of the Sirte meeting', async () => {
  const comparison = await invoke(workbench.handlers, 'compare.run', { ids: [ids['000'], ids['001'], ids['003']] });
  assert.deepEqual(
    comparison.documents.map((document) => document.id),
    [ids['000'], ids['001'], ids['003']],
  );
  assert.equal(comparison.baseId, ids['000']);
  const texts = new Map<string, string>();
  for (const id of [ids['000'], ids['001'], ids['003']]) {
    texts.set(id, (await invoke(workbench.handlers, 'document.get', { id })).text);
    assert.ok(comparison.sentences.filter((span) => span.docId === id).length > 5, id);
  }
  const slice = (span: { docId: string; start: number; end: number }) =>
    texts.get(span.docId)!.slice(span.start, span.end);
  // 001 and 003 both open with Haftar, chief of staff, meeting commanders of Misrata.
  const haftar = comparison.alignment.find((group) =>
    group.members.some((member) => member.docId === ids['003'] && slice(member).startsWith('عقد رئيس أركان الجيش')),
  );
  assert.ok(haftar, 'the opening sentence of 003 is aligned');
  assert.ok(haftar.members.some((member) => member.docId === ids['001'] && slice(member).includes('خالد خليفة حفتر')));
  for (const group of comparison.alignment) {
    const docIds = group.members.map((member) => member.docId);
    assert.equal(new Set(docIds).size, docIds.length, 'at most one sentence of each report in a group');
  }
  // 000 and 001 share Haftar's full title, across the «ركن» that only 001 adds.
  const title = comparison.passages.find((passage) =>
    passage.spans.some((span) => span.docId === ids['001'] && slice(span) === 'الفريق أول ركن خالد خليفة حفتر'),
  );
  assert.ok(title, JSON.stringify(comparison.passages.map((passage) => passage.spans.map(slice))));
  assert.deepEqual(title.spans.filter((span) => span.docId === ids['000']).map(slice), ['الفريق أول خالد خليفة حفتر']);
  // Every one of the three shares something: 003 names the meeting's city as 000 does.
  for (const id of [ids['000'], ids['001'], ids['003']]) {
    assert.ok(
      comparison.passages.some((passage) => passage.spans.some((span) => span.docId === id)),
      id,
    );
  }
  const sirte = comparison.passages.find((passage) => passage.spans.some((span) => span.docId === ids['003']));
  assert.deepEqual(
    sirte?.spans.map((span) => [span.docId, slice(span)]),
    [
      [ids['000'], 'في مدينة سرت'],
      [ids['003'], 'في مدينة سرت'],
    ],
  );
  const baseSentences = comparison.sentences.filter((span) => span.docId === ids['000']);
  assert.equal(comparison.baseVariation.length, baseSentences.length);
});

test('the base can be any compared report', async () => {
  const comparison = await invoke(workbench.handlers, 'compare.run', {
    ids: [ids['000'], ids['003']],
    baseId: ids['003'],
  });
  assert.equal(comparison.baseId, ids['003']);
  assert.equal(
    comparison.baseVariation.length,
    comparison.sentences.filter((span) => span.docId === ids['003']).length,
  );
});

test('unknown, repeated and too many ids are refused with a message naming them', async () => {
  await assert.rejects(
    dispatch(workbench.handlers, 'compare.run', { ids: [ids['000'], 'no-such-id'] }),
    (error: unknown) => error instanceof ApiError && error.code === 'not-found' && /no-such-id/.test(error.message),
  );
  await assert.rejects(
    dispatch(workbench.handlers, 'compare.run', { ids: [ids['000'], ids['000']] }),
    (error: unknown) =>
      error instanceof ApiError && error.code === 'invalid-input' && error.message.includes(ids['000']),
  );
  await assert.rejects(
    dispatch(workbench.handlers, 'compare.run', { ids: [ids['000']] }),
    (error: unknown) => error instanceof ApiError && error.code === 'invalid-input',
  );
  const five = Object.values(ids);
  await assert.rejects(
    dispatch(workbench.handlers, 'compare.run', { ids: five }),
    (error: unknown) => error instanceof ApiError && error.code === 'invalid-input',
  );
  await assert.rejects(
    dispatch(workbench.handlers, 'compare.run', { ids: [ids['000'], ids['001']], baseId: ids['003'] }),
    (error: unknown) =>
      error instanceof ApiError && error.code === 'invalid-input' && error.message.includes(ids['003']),
  );
});
