import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDir } from '../helpers/tempDir';
import { seedsDir } from '../helpers/seeds';
import { qarin } from '../helpers/runQarin';

const project = tempDir();
const imported = qarin(['import', seedsDir, '--project', project]);

function idsOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { hits: { id: string }[] }).hits.map((hit) => hit.id);
}

test('a query that begins with a negation is a query, not an unknown option', () => {
  assert.equal(imported.code, 0, imported.stderr);
  const negationLast = qarin(['search', 'الهدنة -حفتر', '--project', project, '--json']);
  assert.equal(negationLast.code, 0, negationLast.stderr);
  assert.ok(idsOf(negationLast.stdout).length > 0);
  const negationFirst = qarin(['search', '-حفتر الهدنة', '--project', project, '--json']);
  assert.equal(negationFirst.code, 0, negationFirst.stderr);
  assert.deepEqual(idsOf(negationFirst.stdout), idsOf(negationLast.stdout));
  const separateWords = qarin(['search', '--project', project, '--json', '-حفتر', 'الهدنة']);
  assert.equal(separateWords.code, 0, separateWords.stderr);
  assert.deepEqual(idsOf(separateWords.stdout), idsOf(negationLast.stdout));
});

test('after "--" every word is the query, even one that looks like an option', () => {
  const run = qarin(['search', '--project', project, '--json', '--', '-حفتر', 'الهدنة']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).query, '-حفتر الهدنة');
});

test('a mistyped long option is still refused, naming it', () => {
  const run = qarin(['search', 'حفتر', '--project', project, '--limt', '2']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /--limt/);
});

test('an option value refused is named in one line, in the language asked for', () => {
  const refused = (args: string[]) => {
    const run = qarin(['search', 'حفتر', '--project', project, ...args]);
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    return run.stderr.trim();
  };
  // A value that begins with a dash is the option's value, not another option.
  assert.equal(refused(['--limit', '-5']), 'qarin: --limit needs a positive whole number, not "-5".');
  assert.equal(refused(['--limit', '100000']), 'qarin: --limit takes at most 1000, not 100000.');
  assert.equal(refused(['--json=yes']), 'qarin: --json takes no value. Run "qarin --help".');
  assert.equal(refused(['--limit']), 'qarin: --limit needs a value. Run "qarin --help".');
  // A long option after one that takes a value is the next option: the value was forgotten.
  assert.equal(refused(['--limit', '--json']), 'qarin: --limit needs a value. Run "qarin --help".');
  assert.equal(refused(['--help=yes']), 'qarin: --help takes no value. Run "qarin --help".');
  assert.equal(refused(['--lang', 'fr']), 'qarin: --lang takes ar|en, not "fr".');
  assert.equal(refused(['--limit', '-5', '--lang', 'ar']), 'qarin: يحتاج --limit إلى عدد صحيح موجب، لا «-5».');
  assert.equal(refused(['--lang=ar', '--bogus']), 'qarin: خيار غير معروف: --bogus. نفّذ «qarin --help».');
});

test('a snippet that starts at the beginning of the text is printed without a leading ellipsis', () => {
  const run = qarin(['search', '"في ظل الظروف الراهنة"', '--project', project]);
  assert.equal(run.code, 0, run.stderr);
  const snippets = run.stdout.split('\n').filter((line) => line.startsWith('  '));
  assert.ok(snippets.length > 0, run.stdout);
  assert.match(snippets[0]!, /^ {2}\[في ظل الظروف الراهنة\]/);
});

test('a mistyped word is read as the likelier one, and the command line says so in its language', () => {
  const arabic = qarin(['search', 'الهدنة المعلمة', '--project', project, '--lang', 'ar']);
  assert.equal(arabic.code, 0, arabic.stderr);
  assert.match(arabic.stdout, /هل تقصد «المعلنة» بدل «المعلمة»؟ عُرضت نتائجها أيضًا\./);
  assert.match(arabic.stdout, /\[المعلنة\]/);
  const english = qarin(['search', 'الهدنة المعلمة', '--project', project, '--lang', 'en']);
  assert.match(english.stdout, /Also showing results for «المعلنة» \(you typed «المعلمة»\)\./);
  const json = JSON.parse(qarin(['search', 'الهدنة المعلمة', '--project', project, '--json']).stdout);
  assert.deepEqual(json.corrections, [
    { typed: 'المعلمه', readAs: 'المعلنه', typedSpelling: 'المعلمة', readAsSpelling: 'المعلنة' },
  ]);
});
