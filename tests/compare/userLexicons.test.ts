import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { ApiError } from '../../src-main/api/apiError';
import type { Comparison } from '../../src-main/api/compareSchemas';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import type { Workbench } from '../../src-main/services/workbench';
import { tempDir } from '../helpers/tempDir';

const projectDir = tempDir();
const reportsDir = tempDir();
const lexiconsDir = join(projectDir, 'lexicons');
let workbench: Workbench;
let ids: string[] = [];

before(async () => {
  writeFileSync(join(reportsDir, 'a.txt'), 'وصول الوفد\n\nاستقبل الحاج مفتاح حمادي الوفد في تاورغاء صباح اليوم.\n');
  writeFileSync(join(reportsDir, 'b.txt'), 'زيارة الوفد\n\nوقال حمادي إن الوفد زار تاورغا صباح اليوم.\n');
  workbench = await openWorkbench({ projectDir, preloadSearch: false });
  const report = await runImport(workbench, [reportsDir]);
  ids = ['a.txt', 'b.txt'].map((name) => report.added.find((entry) => entry.path.endsWith(name))!.id);
});

after(async () => {
  await workbench.close();
});

function rowsOf(comparison: Comparison, kind: string): string[][] {
  const texts = comparison.facts.filter((row) => row.kind === kind).map((row) => row.cells.map((cell) => cell.text));
  return texts;
}

test('without additions the facts table knows neither the title nor the town', async () => {
  const comparison = await invoke(workbench.handlers, 'compare.run', { ids });
  assert.deepEqual(rowsOf(comparison, 'person'), []);
  assert.ok(!rowsOf(comparison, 'place').some((cells) => cells.includes('تاورغاء')));
  const list = await invoke(workbench.handlers, 'compare.lexicons.list', {});
  assert.deepEqual(list.entries, []);
  assert.match(list.attribution, /GeoNames/);
  assert.match(list.attribution, /ODbL/);
});

test('a hand-written lexicon file applies, and its bad lines are reported with file and line', async () => {
  mkdirSync(lexiconsDir, { recursive: true });
  const lines = [
    '# أماكن وألقاب',
    'title\tالحاج\trank',
    'place\tتاورغاء\tmetropolis',
    'place\tتاورغاء\tcity\tLY\tتاورغا',
  ];
  writeFileSync(join(lexiconsDir, 'libya.tsv'), lines.join('\n'));
  const list = await invoke(workbench.handlers, 'compare.lexicons.list', {});
  assert.deepEqual(
    list.entries.map(({ file, line, name }) => `${file}:${line} ${name}`),
    ['libya.tsv:2 الحاج', 'libya.tsv:4 تاورغاء'],
  );
  assert.deepEqual(
    list.problems.map(({ file, line }) => `${file}:${line}`),
    ['libya.tsv:3'],
  );
  assert.match(list.problems[0]!.reason.en, /place kind «metropolis»/);

  const comparison = await invoke(workbench.handlers, 'compare.run', { ids });
  assert.deepEqual(rowsOf(comparison, 'person'), [['الحاج مفتاح حمادي', 'حمادي']]);
  assert.ok(rowsOf(comparison, 'place').some((cells) => cells.join() === 'تاورغاء,تاورغا'));
});

test('entries added and removed through the contract change the facts table', async () => {
  const added = await invoke(workbench.handlers, 'compare.lexicons.add', {
    kind: 'framing',
    set: 'arrival',
    member: 'وصول',
    forms: ['استقبل', 'وصل'],
    setLabel: 'استقبل / زار',
  });
  await invoke(workbench.handlers, 'compare.lexicons.add', {
    kind: 'framing',
    set: 'arrival',
    member: 'زيارة',
    forms: ['زار'],
  });
  assert.ok(added.entries.some(({ file, name }) => file === 'additions.tsv' && name === 'arrival/وصول'));
  assert.match(
    readFileSync(join(lexiconsDir, 'additions.tsv'), 'utf8'),
    /^framing\tarrival\tوصول\tاستقبل\|وصل\tاستقبل \/ زار$/m,
  );
  // Adding the same entry again leaves one line.
  const again = await invoke(workbench.handlers, 'compare.lexicons.add', {
    kind: 'title',
    text: 'الحاج',
    titleKind: 'rank',
  });
  assert.equal(again.entries.filter(({ name }) => name === 'الحاج').length, 1);

  const removed = await invoke(workbench.handlers, 'compare.lexicons.remove', { kind: 'title', name: 'الحاج' });
  assert.ok(!removed.entries.some(({ name }) => name === 'الحاج'));
  assert.match(readFileSync(join(lexiconsDir, 'libya.tsv'), 'utf8'), /^# أماكن وألقاب\n/, 'comments are kept');
  const comparison = await invoke(workbench.handlers, 'compare.run', { ids });
  assert.deepEqual(rowsOf(comparison, 'person'), []);

  await assert.rejects(
    invoke(workbench.handlers, 'compare.lexicons.remove', { kind: 'title', name: 'الحاج' }),
    (error: unknown) => error instanceof ApiError && error.code === 'not-found' && /الحاج/.test(error.message),
  );
  await assert.rejects(
    invoke(workbench.handlers, 'compare.lexicons.add', { kind: 'title', text: '...', titleKind: 'rank' }),
    (error: unknown) => error instanceof ApiError && error.code === 'invalid-input' && /no letter/.test(error.message),
  );
  // A country that is not a two-letter code is refused by name, in both languages, not as a schema path.
  await assert.rejects(
    invoke(workbench.handlers, 'compare.lexicons.add', {
      kind: 'place',
      name: 'درنة',
      placeKind: 'city',
      country: 'LBY',
    }),
    (error: unknown) =>
      error instanceof ApiError &&
      error.code === 'invalid-input' &&
      /«LBY» is not a two-letter code/.test(error.bilingual.en) &&
      /«LBY» ليس رمزًا من حرفين/.test(error.bilingual.ar),
  );
});
