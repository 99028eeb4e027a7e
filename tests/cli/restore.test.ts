import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';
import { qarin } from '../helpers/runQarin';
import { damageLibraryAfterTwoImports } from '../helpers/damagedLibrary';

test('a damaged library names its backups, and qarin restore puts back the newest that opens', () => {
  const project = tempDir();
  damageLibraryAfterTwoImports(project, tempDir());

  const refused = qarin(['docs', '--project', project]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /library\.json/);
  assert.match(refused.stderr, /qarin restore library/, 'the error says where the way back is');
  assert.match(qarin(['docs', '--project', project, '--lang', 'ar']).stderr, /يعرض «qarin restore» نسخه الاحتياطية/);

  const listing = qarin(['restore', '--project', project, '--json']);
  assert.equal(listing.code, 0, listing.stderr);
  const backups = JSON.parse(listing.stdout) as { library: { name: string; problem: string | null }[] };
  assert.ok(backups.library.length >= 1, 'the library kept a backup');
  assert.equal(backups.library[0]!.problem, null, 'and it opens');

  const restored = qarin(['restore', 'library', '--project', project]);
  assert.equal(restored.code, 0, restored.stderr);
  assert.match(restored.stdout, new RegExp(`restored from ${backups.library[0]!.name.replace(/[.]/g, '\\.')}`));
  assert.ok(
    readdirSync(project).some((name) => name.startsWith('library') && name.includes('corrupt')),
    'the damaged file is kept aside, not deleted',
  );

  const docs = qarin(['docs', '--project', project, '--json']);
  assert.equal(docs.code, 0, docs.stderr);
  assert.equal((JSON.parse(docs.stdout) as unknown[]).length, 5, 'the library as it was before the second import');
});

test('restore refuses what it does not know, and a library with no good backup, changing nothing', () => {
  const project = tempDir();
  assert.equal(qarin(['import', seedsDir, '--project', project]).code, 0);
  const unknown = qarin(['restore', 'settings', '--project', project]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /Nothing called "settings" to restore/);
  writeFileSync(join(project, 'library.json'), 'not json');
  const none = qarin(['restore', 'library', '--project', project]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /library\.json has no backup that opens; nothing was changed/);
});
