import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { tempDir } from '../helpers/tempDir';
import { apiErrorOf, isBilingual, openSeedProject } from './support/annotatedProject';
import { SAMPLE_DOC_ID, openSampleService, sampleRange } from './support/serviceOverText';

const EVERY_SAVE_IS_A_VERSION = { afterEntries: 1, idleMs: 0, hardLimit: 1 };

test('a corrupt annotations.json: the project opens, says so, refuses changes, leaves the file alone, and restores the newest good backup', async () => {
  const project = await openSeedProject();
  const docId = project.docIds['000'];
  const passages = ['اجتماع عسكري', 'قيادات بارزة', 'الفريق أول'];
  const ids: string[] = [];
  // Each session's close is a version; its predecessor becomes a backup.
  for (const passage of passages) {
    const created = await invoke(project.workbench.handlers, 'annotations.create', {
      docId,
      ...(await project.rangeOf(docId, passage)),
      codeIds: [],
    });
    ids.push(created.id);
    await project.reopen();
  }
  await project.close();
  const snapshot = join(project.projectDir, 'annotations.json');
  const damaged = readFileSync(snapshot, 'utf8').slice(0, 120);
  writeFileSync(snapshot, damaged);

  const workbench = await openWorkbench({ projectDir: project.projectDir });
  try {
    const { handlers } = workbench;
    assert.equal((await invoke(handlers, 'library.list', {})).total, 5, 'the library opens as usual');
    const status = await invoke(handlers, 'annotations.status', {});
    assert.equal(status.state, 'corrupt');
    assert.ok(isBilingual(status.message), status.message?.en);
    assert.match(status.message?.en ?? '', /annotations\.json is not valid JSON/);
    assert.equal(status.backups.length, 2);
    assert.ok(status.backups.every((backup) => backup.readable));

    for (const call of [
      invoke(handlers, 'annotations.create', { docId, start: 0, end: 5, codeIds: [] }),
      invoke(handlers, 'annotations.list', {}),
      invoke(handlers, 'codes.create', { name: 'رمز' }),
      invoke(handlers, 'notes.set', { docId, body: 'ملاحظة' }),
      invoke(handlers, 'history.undo', {}),
      invoke(handlers, 'annotations.export', { format: 'md' }),
    ]) {
      const error = await apiErrorOf(call);
      assert.equal(error.code, 'corrupt');
      assert.ok(isBilingual(error.bilingual));
    }
    const search = await invoke(handlers, 'search.query', { query: 'حفتر' });
    assert.ok(search.total > 0, 'search over the reports goes on');
    assert.equal(search.annotationHits, undefined, 'and says nothing of annotations it cannot read');
    assert.equal(readFileSync(snapshot, 'utf8'), damaged, 'the damaged file is untouched');

    const restored = await invoke(handlers, 'annotations.restoreBackup', {});
    assert.equal(restored.restored, status.backups[0]!.name, 'the newest good backup by default');
    assert.equal(restored.status.state, 'ok');
    const setAside = restored.setAside.find((path) => path.includes('annotations.corrupt-'));
    assert.ok(setAside, JSON.stringify(restored.setAside));
    assert.equal(readFileSync(setAside, 'utf8'), damaged, 'the damaged file is kept aside, never deleted');
    const listed = await invoke(handlers, 'annotations.list', {});
    assert.deepEqual(listed.items.map((item) => item.id).sort(), ids.slice(0, 2).sort(), 'the state of the backup');
    await invoke(handlers, 'annotations.create', {
      docId,
      ...(await project.rangeOf(docId, 'الشرق والغرب')),
      codeIds: [],
    });
  } finally {
    await workbench.close();
  }
  const reopened = await openWorkbench({ projectDir: project.projectDir });
  try {
    assert.equal((await invoke(reopened.handlers, 'annotations.status', {})).state, 'ok');
    assert.equal((await invoke(reopened.handlers, 'annotations.list', {})).total, 3);
  } finally {
    await reopened.close();
  }
});

test('closing while the annotations are unavailable writes nothing over the damaged file', async () => {
  const project = await openSeedProject();
  const docId = project.docIds['001'];
  await invoke(project.workbench.handlers, 'annotations.create', { docId, start: 0, end: 10, codeIds: [] });
  await project.close();
  const snapshot = join(project.projectDir, 'annotations.json');
  writeFileSync(snapshot, '{"schemaVersion": 99, "savedAt": "2030-01-01T00:00:00.000Z", "data": {}}');
  const before = readdirSync(project.projectDir).sort();
  const workbench = await openWorkbench({ projectDir: project.projectDir });
  const status = await invoke(workbench.handlers, 'annotations.status', {});
  assert.equal(status.state, 'corrupt');
  assert.match(status.message?.en ?? '', /newer Qarin/);
  await workbench.close();
  assert.equal(
    readFileSync(snapshot, 'utf8'),
    '{"schemaVersion": 99, "savedAt": "2030-01-01T00:00:00.000Z", "data": {}}',
  );
  assert.deepEqual(readdirSync(project.projectDir).sort(), before, 'no file was added or replaced');
});

test('a journal damaged before its last line is reported, and restoring keeps every intact change', async () => {
  const folder = tempDir();
  const writer = await openSampleService(folder);
  const first = await writer.create({ docId: SAMPLE_DOC_ID, ...sampleRange(0), codeIds: [], note: '' });
  await writer.create({ docId: SAMPLE_DOC_ID, ...sampleRange(1), codeIds: [], note: '' });
  const third = await writer.create({ docId: SAMPLE_DOC_ID, ...sampleRange(2), codeIds: [], note: '' });
  // Not closed: the three changes exist only in the journal, as after a crash.
  const journal = join(folder, 'annotations.journal');
  const lines = readFileSync(journal, 'utf8').split('\n');
  assert.equal(lines.length, 4);
  lines[1] = lines[1]!.replace('الفقرة', 'الفقره');
  writeFileSync(journal, lines.join('\n'));
  const damaged = readFileSync(journal, 'utf8');

  const reader = await openSampleService(folder);
  const status = await reader.status();
  assert.equal(status.state, 'corrupt');
  assert.match(status.message?.en ?? '', /annotations\.journal line 2 is damaged/);
  await assert.rejects(
    reader.create({ docId: SAMPLE_DOC_ID, ...sampleRange(3), codeIds: [], note: '' }),
    /annotations\.journal/,
  );
  assert.equal(readFileSync(journal, 'utf8'), damaged);

  const restored = await reader.restoreBackup();
  assert.equal(restored.restored, null, 'no backup was needed');
  assert.equal(restored.status.state, 'ok');
  assert.deepEqual(
    (await reader.list({ offset: 0, limit: 10 })).items.map((item) => item.id),
    [first.id, third.id],
  );
  const aside = restored.setAside.find((path) => path.includes('annotations.journal.damaged-'));
  assert.ok(aside && readFileSync(aside, 'utf8') === damaged);
  await reader.close();
});

test('a write cut short by a crash (a torn last line) is dropped, and everything before it opens', async () => {
  const folder = tempDir();
  const writer = await openSampleService(folder);
  const saved = await writer.create({ docId: SAMPLE_DOC_ID, ...sampleRange(0), codeIds: [], note: '' });
  const journal = join(folder, 'annotations.journal');
  appendFileSync(journal, '0123456789abcdef {"v":1,"seq":2,"at":"2025-01-0');
  const reader = await openSampleService(folder);
  assert.equal((await reader.status()).state, 'ok');
  assert.deepEqual(
    (await reader.list({ offset: 0, limit: 10 })).items.map((item) => item.id),
    [saved.id],
  );
  await reader.create({ docId: SAMPLE_DOC_ID, ...sampleRange(1), codeIds: [], note: '' });
  await reader.close();
  const again = await openSampleService(folder);
  assert.equal((await again.list({ offset: 0, limit: 10 })).total, 2);
  await again.close();
});

test('the last ten versions are kept as backups, each opens, and any of them can be restored', async () => {
  const folder = tempDir();
  const service = await openSampleService(folder, { checkpoint: EVERY_SAVE_IS_A_VERSION });
  for (let n = 0; n < 13; n += 1)
    await service.create({ docId: SAMPLE_DOC_ID, ...sampleRange(n), codeIds: [], note: '' });
  const backups = await service.backups();
  assert.equal(backups.length, 10);
  assert.ok(backups.every((backup) => backup.readable));
  assert.equal(readdirSync(join(folder, 'backups')).length, 10);
  // Version k holds k highlights; the backups are versions 3 to 12, newest first.
  const counts = backups.map(
    (backup) => JSON.parse(readFileSync(join(folder, 'backups', backup.name), 'utf8')).data.highlights.length,
  );
  assert.deepEqual(counts, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);

  const restored = await service.restoreBackup(backups[4]!.name);
  assert.equal(restored.status.highlightCount, 8);
  assert.ok(
    restored.setAside.some((path) => path.includes('annotations.replaced-')),
    'the replaced state is kept aside',
  );
  assert.deepEqual(await service.undo(), { changed: false }, 'undo does not reach across a restore');
  await service.close();
  assert.ok(existsSync(join(folder, 'annotations.json')));
});
