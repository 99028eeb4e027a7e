import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { messagesFor } from '../../src-main/cli/messages';
import { join } from 'node:path';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';
import { qarin } from '../helpers/runQarin';

const project = tempDir();

test('import prints a JSON report and exits 0', () => {
  const run = qarin(['import', seedsDir, '--project', project, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.added.length, 5);
  assert.deepEqual(report.errors, []);
});

test('import exits 2 when some files failed, and still imports the others', () => {
  const folder = tempDir();
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'note.txt'), 'ملاحظة قصيرة عن اجتماع القاهرة');
  const run = qarin(['import', folder, '--project', project]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /empty\.txt/);
  assert.match(run.stdout, /1 added/);
});

test('the import summary counts in words that agree, and a warning names its kind, in either language', () => {
  const folder = tempDir();
  writeFileSync(join(folder, 'empty.txt'), '');
  // A <TEXT> never closed is read to </DOC>, with a warning of that kind.
  writeFileSync(
    join(folder, 'open.trec'),
    '<DOC>\n<DOCNO>OPEN-1</DOCNO>\n<TEXT>\nتقرير لم يُغلق وسمه عن اجتماع في طرابلس\n</DOC>\n',
  );
  const english = qarin(['import', folder, '--project', tempDir(), '--lang', 'en']);
  assert.equal(english.code, 2, english.stderr);
  assert.match(english.stdout, /^warning: .*open\.trec: 1 integrity warning \(unclosed markup\)$/m);
  assert.match(english.stdout, /1 added, 0 updated, 0 unchanged, 0 duplicates, 1 error, 1 with warnings\./);
  const arabic = qarin(['import', folder, '--project', tempDir(), '--lang', 'ar']);
  assert.match(arabic.stdout, /^تنبيه: .*open\.trec: عيوب في النص \(وسم غير مغلق\)$/m);
});

test('a command that only reads refuses a project folder that does not exist, and does not make it', () => {
  const missing = join(tempDir(), 'mistyped');
  for (const args of [['search', 'حفتر'], ['docs'], ['show', 'abc'], ['clusters']]) {
    const run = qarin([...args, '--project', missing]);
    assert.equal(run.code, 1, `${args[0]}: ${run.stdout}`);
    assert.equal(
      run.stderr,
      `qarin: No project at ${missing}: the folder does not exist. Give the project with --project DIR, or make one with "qarin import PATH --project DIR".\n`,
    );
    assert.equal(existsSync(missing), false, `${args[0]} made the folder`);
  }
  // Importing is how a project is made.
  assert.equal(qarin(['import', seedsDir, '--project', missing]).code, 0);
  assert.equal(qarin(['docs', '--project', missing]).code, 0);
});

test('a command that only reads refuses a folder that holds no project, and writes nothing into it', () => {
  // A mistyped --project that happens to exist (an empty folder, the home folder) is not a project.
  const folder = tempDir();
  writeFileSync(join(folder, 'notes.txt'), 'ملاحظات');
  for (const args of [['search', 'حفتر'], ['docs'], ['show', 'abc'], ['clusters'], ['export', '--format', 'md']]) {
    const run = qarin([...args, '--project', folder]);
    assert.equal(run.code, 1, `${args[0]}: ${run.stdout}`);
    assert.equal(
      run.stderr,
      `qarin: No project at ${folder}: the folder holds no Qarin project. Give the project with --project DIR, or make one with "qarin import PATH --project DIR".\n`,
    );
    assert.deepEqual(readdirSync(folder), ['notes.txt'], `${args[0]} wrote into the folder`);
  }
  const arabic = qarin(['search', 'حفتر', '--project', folder, '--lang', 'ar']);
  assert.match(arabic.stderr, /لا مشروع في .*لا يحوي المجلد مشروعًا لقارن/);
  assert.doesNotMatch(arabic.stderr, /\\u\{/, 'no mark of ours shown escaped');
  // A folder of backups that are not a project's does not make a project either.
  mkdirSync(join(folder, 'backups'));
  writeFileSync(join(folder, 'backups', 'photo.txt'), 'صورة');
  assert.equal(qarin(['docs', '--project', folder]).code, 1);
  assert.deepEqual(readdirSync(folder).sort(), ['backups', 'notes.txt']);
});

test('a project given as a file is refused as not a folder, by every command', () => {
  const file = join(tempDir(), 'README.md');
  writeFileSync(file, '# not a project');
  for (const args of [['import', seedsDir], ['search', 'حفتر'], ['docs']]) {
    const run = qarin([...args, '--project', file]);
    assert.equal(run.code, 1, `${args[0]}: ${run.stdout}`);
    assert.equal(
      run.stderr,
      `qarin: ${file} is a file, not a project folder. Give the project's folder with --project DIR.\n`,
    );
  }
});

test('a word more than a command takes is refused, naming it', () => {
  const id = (JSON.parse(qarin(['docs', '--json', '--project', project]).stdout) as { id: string }[])[0]!.id;
  for (const [args, extra] of [
    [['show', id, 'extra'], 'extra'],
    [['docs', 'json'], 'json'],
    [['similar', id, id], id],
  ] as const) {
    const run = qarin([...args, '--project', project]);
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stdout}`);
    assert.equal(run.stderr, `qarin: "${args[0]}" does not take "${extra}". Run "qarin --help".\n`);
  }
  assert.equal(qarin(['show', id, '--project', project]).code, 0);
});

test('search finds the three reports that name Haftar, as text and as JSON', () => {
  const json = qarin(['search', 'حفتر', '--project', project, '--json']);
  assert.equal(json.code, 0, json.stderr);
  const result = JSON.parse(json.stdout);
  assert.equal(result.total, 3);
  assert.ok(result.hits.every((hit: { snippets: unknown[] }) => hit.snippets.length > 0));
  const text = qarin(['search', 'حفتر', '--project', project]);
  assert.match(text.stdout, /\[حفتر\]/);
});

test('batch search reads one query a line and writes one JSON line per query, in order', () => {
  const run = qarin(['search', '--project', project, '--limit', '2'], 'حفتر\n\nالاجتماع\nكلمةلاوجودلها\n');
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((line) => line.query),
    ['حفتر', 'الاجتماع', 'كلمةلاوجودلها'],
  );
  assert.equal(lines[0].total, 3);
  assert.ok(lines[0].hits.length <= 2);
  assert.equal(lines[2].total, 0);
});

test('docs lists the documents and show prints one, with metadata in JSON', () => {
  const docs = qarin(['docs', '--project', project, '--json']);
  const list = JSON.parse(docs.stdout) as { id: string; title: string }[];
  assert.equal(list.length, 6);
  const first = list[0];
  assert.ok(first);
  const shown = qarin(['show', first.id, '--project', project]);
  assert.equal(shown.code, 0);
  assert.ok(shown.stdout.length > 20);
  const meta = JSON.parse(qarin(['show', first.id, '--project', project, '--json']).stdout);
  assert.equal(meta.id, first.id);
  assert.equal(meta.text, undefined);
  assert.ok(Array.isArray(meta.warnings));
});

test('user errors exit 1 with one line naming the problem', () => {
  const unknownDoc = qarin(['show', 'no-such-id', '--project', project]);
  assert.equal(unknownDoc.code, 1);
  assert.match(unknownDoc.stderr, /no-such-id/);
  assert.equal(unknownDoc.stderr.trim().split('\n').length, 1);
  assert.equal(qarin(['frobnicate', '--project', project]).code, 1);
  const badLimit = qarin(['search', 'x', '--limit', 'many', '--project', project]);
  assert.equal(badLimit.code, 1);
  assert.match(badLimit.stderr, /--limit/);
  assert.match(qarin(['--help', '--lang', 'ar']).stdout, /الأوامر/);
});

test('a search counts apart the results with the words as typed when readings add others', () => {
  const folder = tempDir();
  writeFileSync(join(folder, 'typed.txt'), 'هدف رائع سجله اللاعب صالح في المباراة');
  writeFileSync(join(folder, 'reading.txt'), 'هدف رائع سجله اللاعب صلاح في المباراة');
  for (let n = 0; n < 6; n++) writeFileSync(join(folder, `other-${n}.txt`), `تقرير آخر عن النجم صلاح رقم ${n}`);
  const project = tempDir();
  assert.equal(qarin(['import', folder, '--project', project]).code, 0);
  const english = qarin(['search', 'صالح', '--limit', '1', '--project', project, '--lang', 'en']);
  assert.match(english.stdout, /^8 results, 1 with the words as typed$/m, english.stdout);
  const arabic = qarin(['search', 'صالح', '--limit', '1', '--project', project, '--lang', 'ar']);
  assert.match(arabic.stdout, /^8 نتائج، واحدة منها بالكلمات كما كُتبت$/m, arabic.stdout);
  assert.equal(messagesFor('ar').resultCountTyped(2, 1), 'نتيجتان، واحدة منهما بالكلمات كما كُتبت');
  const json = JSON.parse(qarin(['search', 'صالح', '--json', '--project', project]).stdout) as { typedTotal?: number };
  assert.equal(json.typedTotal, 1);
  // Spelled as typed, nothing to count apart; found in no report, the notice says what was read.
  assert.match(qarin(['search', 'صلاح', '--project', project, '--lang', 'en']).stdout, /^7 results$/m);
  const unseen = qarin(['search', 'صلاخ', '--project', project, '--lang', 'en']).stdout;
  assert.match(unseen, /«صلاح»/);
  assert.match(unseen, /^7 results$/m);
});
