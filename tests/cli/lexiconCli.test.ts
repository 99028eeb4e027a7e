import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { tempDir } from '../helpers/tempDir';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));
const project = tempDir();
const reports = tempDir();
let ids: string[] = [];

function qarin(args: string[], lang = 'C.UTF-8', projectDir = project) {
  const result = spawnSync(process.execPath, [qarinBin, ...args, '--project', projectDir], {
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  writeFileSync(join(reports, 'a.txt'), 'وصول الوفد\n\nاستقبل الحاج مفتاح حمادي الوفد في تاورغاء صباح اليوم.\n');
  writeFileSync(join(reports, 'b.txt'), 'زيارة الوفد\n\nوقال حمادي إن الوفد زار تاورغا صباح اليوم.\n');
  const run = qarin(['import', reports, '--json']);
  assert.equal(run.code, 0, run.stderr);
  ids = (JSON.parse(run.stdout).added as { id: string; path: string }[])
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((added) => added.id);
});

test('lexicon add writes a line the facts table then uses, and list shows it with the attribution', () => {
  const before = JSON.parse(qarin(['compare', ...ids, '--json']).stdout) as { facts: { kind: string }[] };
  assert.ok(!before.facts.some((row) => row.kind === 'person'));

  const added = qarin(['lexicon', 'add', 'title', 'الحاج', 'rank']);
  assert.equal(added.code, 0, added.stderr);
  assert.match(readFileSync(join(project, 'lexicons', 'additions.tsv'), 'utf8'), /^title\tالحاج\trank$/m);
  assert.match(added.stdout, /1 addition to the facts lexicons/);
  assert.match(added.stdout, /additions\.tsv:\d+ {2}title {2}الحاج {2}rank/);
  assert.match(added.stdout, /GeoNames.*CC-BY 4\.0/);

  const after = JSON.parse(qarin(['compare', ...ids, '--json']).stdout) as {
    facts: { kind: string; cells: { text: string }[] }[];
  };
  const person = after.facts.find((row) => row.kind === 'person');
  assert.deepEqual(
    person?.cells.map((cell) => cell.text),
    ['الحاج مفتاح حمادي', 'حمادي'],
  );
});

test('a bad line in a hand-edited file is named with file:line on stderr, the rest still listed', () => {
  appendFileSync(join(project, 'lexicons', 'additions.tsv'), 'place\tتاورغاء\ttown\n');
  const run = qarin(['lexicon', 'list', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const list = JSON.parse(run.stdout) as { entries: { name: string }[]; problems: { file: string; line: number }[] };
  assert.deepEqual(
    list.entries.map((entry) => entry.name),
    ['الحاج'],
  );
  const plain = qarin(['lexicon', 'list'], 'ar_LY.UTF-8');
  assert.equal(plain.code, 0);
  assert.match(plain.stderr, /additions\.tsv:\d+: نوع المكان «town» ليس من/);
  assert.match(plain.stdout, /إضافة واحدة إلى معاجم الوقائع/);
});

test('wrong arguments are one clear line and exit 1; remove takes an entry out', () => {
  const badKind = qarin(['lexicon', 'add', 'titel', 'الحاج', 'rank']);
  assert.equal(badKind.code, 1);
  assert.match(badKind.stderr, /^qarin: the kind of entry «titel» is not one of title, place/);
  const badAction = qarin(['lexicon', 'drop']);
  assert.equal(badAction.code, 1);
  assert.match(badAction.stderr, /Unknown lexicon action "drop"/);
  const missing = qarin(['lexicon', 'remove', 'title', 'المقدم']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /No added title «المقدم»/);

  const removed = qarin(['lexicon', 'remove', 'title', 'الحاج', '--json']);
  assert.equal(removed.code, 0, removed.stderr);
  assert.deepEqual(JSON.parse(removed.stdout).entries, []);
  assert.doesNotMatch(readFileSync(join(project, 'lexicons', 'additions.tsv'), 'utf8'), /^title/m);
});

test('list reads a Windows-1256 file as Arabic and names a line in no readable encoding by file:line', () => {
  const folder = join(tempDir(), 'lexicons');
  mkdirSync(folder);
  writeFileSync(
    join(folder, 'windows.tsv'),
    iconv.encode('title\tالعقيد\trank\r\ngiven-name\tمفتاح\r\n', 'windows-1256'),
  );
  writeFileSync(
    join(folder, 'mixed.tsv'),
    Buffer.concat([Buffer.from('speech-verb\tصرّح\nplace\tCaf', 'utf8'), Buffer.from([0xe9, 0x0a])]),
  );
  const projectDir = join(folder, '..');
  const english = qarin(['lexicon', 'list'], 'C.UTF-8', projectDir);
  assert.equal(english.code, 0, english.stderr);
  assert.match(english.stdout, /windows\.tsv:1 {2}title {2}العقيد {2}rank/);
  assert.match(english.stdout, /windows\.tsv:2 {2}given-name {2}مفتاح/);
  assert.match(english.stdout, /mixed\.tsv:1 {2}speech-verb {2}صرّح/);
  assert.match(english.stderr, /^qarin: mixed\.tsv:2: byte 0xE9 at column 10 is not UTF-8.*save the file as UTF-8$/m);

  const arabic = qarin(['lexicon', 'list'], 'ar_LY.UTF-8', projectDir);
  assert.match(arabic.stderr, /^qarin: mixed\.tsv:2: البايت 0xE9 في العمود 10 ليس UTF-8/m);
  assert.doesNotMatch(arabic.stderr, /\\u\{206[89]\}/, 'no isolate escapes reach the terminal');
});

test('a file in place of the lexicons folder: list and add name the folder; compare still runs', () => {
  const projectDir = tempDir();
  const imported = qarin(['import', reports, '--json'], 'C.UTF-8', projectDir);
  assert.equal(imported.code, 0, imported.stderr);
  const imports = JSON.parse(imported.stdout) as { added: { id: string }[] };
  const folder = join(projectDir, 'lexicons');
  writeFileSync(folder, '');

  const listed = qarin(['lexicon', 'list'], 'ar_LY.UTF-8', projectDir);
  assert.equal(listed.code, 1);
  assert.equal(
    listed.stderr,
    `qarin: تعذّر استعمال مجلد المعاجم ${folder}: هو ملف، ليس مجلدًا. تستعمل المقارنات المعاجم المرفقة وحدها حتى يُصلَح.\n`,
  );
  const added = qarin(['lexicon', 'add', 'given-name', 'مفتاح'], 'C.UTF-8', projectDir);
  assert.equal(added.code, 1);
  assert.match(
    added.stderr,
    new RegExp(`^qarin: The lexicons folder ${folder} cannot be used: it is a file, not a folder\\.`),
  );

  const compared = qarin(['compare', ...imports.added.map((entry) => entry.id), '--json'], 'C.UTF-8', projectDir);
  assert.equal(compared.code, 0, compared.stderr);
  assert.equal((JSON.parse(compared.stdout) as { documents: unknown[] }).documents.length, 2);
});
