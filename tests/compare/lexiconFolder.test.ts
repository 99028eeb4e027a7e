import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { ApiError } from '../../src-main/api/apiError';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { UserLexicons } from '../../src-main/services/compare/userLexicons';
import type { Workbench } from '../../src-main/services/workbench';
import { tempDir } from '../helpers/tempDir';

const projectDir = tempDir();
const reportsDir = tempDir();
const lexiconsPath = join(projectDir, 'lexicons');
let workbench: Workbench;
let ids: string[] = [];

/** Root reads any folder whatever its mode, so there a folder that refuses cannot be made with chmod. */
const permissionsIgnored = process.getuid?.() === 0;

before(async () => {
  writeFileSync(join(reportsDir, 'a.txt'), 'وصول الوفد\n\nقال المتحدث إن الوفد وصل إلى طرابلس صباح اليوم.\n');
  writeFileSync(join(reportsDir, 'b.txt'), 'زيارة الوفد\n\nوصل الوفد إلى طرابلس اليوم.\n');
  workbench = await openWorkbench({ projectDir, preloadSearch: false });
  const report = await runImport(workbench, [reportsDir]);
  ids = report.added.map((entry) => entry.id);
  // A file where the folder should be: no user, root included, can read it as a folder.
  writeFileSync(lexiconsPath, 'title\tالحاج\trank\n');
});

after(async () => {
  await workbench.close();
});

function namesFolderAndReason(reason: RegExp, reasonAr: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof ApiError, `an ApiError, not ${String(error)}`);
    assert.ok(error.bilingual.en.includes(lexiconsPath), error.bilingual.en);
    assert.ok(error.bilingual.ar.includes(lexiconsPath), error.bilingual.ar);
    assert.match(error.bilingual.en, reason);
    assert.match(error.bilingual.ar, reasonAr);
    assert.doesNotMatch(error.bilingual.en, /ENOTDIR|EACCES|scandir|EEXIST/);
    return true;
  };
}

test('a file in place of the lexicons folder is a clear error naming the folder, in both languages', async () => {
  const notAFolder = namesFolderAndReason(/not a folder/, /ليس مجلدًا/);
  await assert.rejects(invoke(workbench.handlers, 'compare.lexicons.list', {}), notAFolder);
  await assert.rejects(
    invoke(workbench.handlers, 'compare.lexicons.add', { kind: 'given-name', text: 'مفتاح' }),
    notAFolder,
  );
  await assert.rejects(
    invoke(workbench.handlers, 'compare.lexicons.remove', { kind: 'title', name: 'الحاج' }),
    notAFolder,
  );
});

test('the comparison still works with the bundled lexicons when the folder cannot be read', async () => {
  const comparison = await invoke(workbench.handlers, 'compare.run', { ids });
  assert.equal(comparison.documents.length, 2);
  assert.ok(
    comparison.facts.some((row) => row.kind === 'place' && row.cells.some((cell) => cell.text === 'طرابلس')),
    'the bundled gazetteer still finds Tripoli',
  );
});

test(
  'a lexicons folder without read permission is a clear error naming the folder',
  { skip: permissionsIgnored && 'running as root, which chmod cannot keep out' },
  async () => {
    const folder = join(tempDir(), 'lexicons');
    mkdirSync(folder);
    writeFileSync(join(folder, 'additions.tsv'), 'title\tالحاج\trank\n');
    chmodSync(folder, 0o000);
    try {
      await assert.rejects(new UserLexicons(folder).list(), (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.ok(error.bilingual.en.includes(folder));
        assert.match(error.bilingual.en, /permission denied/);
        assert.match(error.bilingual.ar, /لا إذن/);
        return true;
      });
      assert.equal(typeof (await new UserLexicons(folder).extractor()), 'function');
    } finally {
      chmodSync(folder, 0o755);
    }
  },
);

test(
  'a lexicon file without read permission is reported at its name; the other files still load',
  { skip: permissionsIgnored && 'running as root, which chmod cannot keep out' },
  async () => {
    const folder = join(tempDir(), 'lexicons');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-closed.tsv'), 'title\tالعقيد\trank\n');
    writeFileSync(join(folder, 'b-open.tsv'), 'title\tالحاج\trank\n');
    chmodSync(join(folder, 'a-closed.tsv'), 0o000);
    const list = await new UserLexicons(folder).list();
    assert.deepEqual(
      list.entries.map(({ name }) => name),
      ['الحاج'],
    );
    assert.deepEqual(
      list.problems.map(({ file, line }) => `${file}:${line}`),
      ['a-closed.tsv:1'],
    );
    assert.match(list.problems[0]!.reason.en, /permission denied/);
  },
);
