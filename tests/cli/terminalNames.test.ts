import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tempDir';
import { visibleText } from '../../src-main/cli/visibleText';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

function qarin(args: string[], lang = 'en') {
  const result = spawnSync(process.execPath, [qarinBin, ...args, '--lang', lang], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What must never reach a terminal raw: C0 and C1 controls (ESC among them), DEL and the bidi controls. */
const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const setTitleAndClear = '\u001b]0;PWNED\u0007\u001b[2J\u001b[H';
const reversed = 'report-\u202Etxt.exe';

test('file names with escape sequences and bidi overrides are printed with those characters made visible', () => {
  const folder = tempDir();
  const project = tempDir();
  writeFileSync(join(folder, `empty${setTitleAndClear}.txt`), '');
  writeFileSync(join(folder, `${reversed}.txt`), '');
  writeFileSync(join(folder, `tab\there\u0085c1.txt`), '');
  writeFileSync(join(folder, `warned\u2067\u200f.txt`), 'عنوان التقرير \u001b[31m أحمر\nنص فيه محرف تحكم.');
  for (const lang of ['en', 'ar']) {
    const run = qarin(['import', folder, '--project', project], lang);
    assert.equal(run.code, 2, run.stderr);
    for (const [stream, text] of [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
    ] as const) {
      const line = text.split('\n').find((candidate) => rawControl.test(candidate.replace(/\t/g, ' ')));
      assert.equal(line, undefined, `${lang} ${stream} carries a raw control character: ${JSON.stringify(line)}`);
    }
    assert.ok(run.stderr.includes('empty\\u{1B}]0;PWNED\\u{7}\\u{1B}[2J\\u{1B}[H.txt'), run.stderr);
    assert.ok(run.stderr.includes('report-\\u{202E}txt.exe.txt'), run.stderr);
    assert.ok(run.stderr.includes('tab\\u{9}here\\u{85}c1.txt'), run.stderr);
  }
  const docs = qarin(['docs', '--project', project]);
  assert.equal(docs.code, 0, docs.stderr);
  assert.doesNotMatch(docs.stdout.replace(/\t/g, ' '), rawControl);
  assert.ok(docs.stdout.includes('عنوان التقرير \\u{1B}[31m أحمر'), docs.stdout);
});

test('a path given on the command line that does not exist is named visibly too', () => {
  const project = tempDir();
  const run = qarin(['import', join(tempDir(), `missing${setTitleAndClear}`), '--project', project]);
  assert.notEqual(run.code, 0);
  assert.doesNotMatch(run.stderr, rawControl);
  assert.ok(run.stderr.includes('missing\\u{1B}]0;PWNED'), run.stderr);
});

test('visibleText leaves Arabic, Latin, spaces and emoji alone', () => {
  for (const plain of ['تقرير الوسط 2025.txt', '/home/user/Reports/CNN report (1).html', 'عاجل 🇱🇾 من سرت', '']) {
    assert.equal(visibleText(plain), plain);
  }
  assert.equal(
    visibleText('a\u001bb\u202Ec\u2066d\u200ee\u0000f\u009bg\u007fh'),
    'a\\u{1B}b\\u{202E}c\\u{2066}d\\u{200E}e\\u{0}f\\u{9B}g\\u{7F}h',
  );
});

test('serve refuses --allow-import-from for a folder that does not exist, naming it', () => {
  const project = tempDir();
  const missing = join(tempDir(), 'لا-يوجد');
  const run = qarin(['serve', '--project', project, '--allow-import-from', missing]);
  assert.equal(run.code, 1, run.stderr);
  assert.ok(run.stderr.includes(`--allow-import-from ${missing}: no such folder.`), run.stderr);
});
