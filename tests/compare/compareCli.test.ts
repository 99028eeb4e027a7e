import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/tempDir';
import { seedsDir, seedIds } from '../helpers/seeds';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));
const project = tempDir();
const ids: Record<string, string> = {};

function qarin(args: string[]) {
  const result = spawnSync(process.execPath, [qarinBin, ...args, '--project', project], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  const run = qarin(['import', seedsDir, '--json']);
  assert.equal(run.code, 0, run.stderr);
  for (const added of JSON.parse(run.stdout).added as { id: string; path: string }[]) {
    const key = Object.entries(seedIds).find(([, name]) => added.path.endsWith(name))?.[0];
    if (key) ids[key] = added.id;
  }
});

test('compare --json gives documents, sentences, alignment, passages, differences and facts with offsets', () => {
  const run = qarin(['compare', ids['000']!, ids['001']!, ids['003']!, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const comparison = JSON.parse(run.stdout);
  assert.deepEqual(
    comparison.documents.map((document: { id: string }) => document.id),
    [ids['000'], ids['001'], ids['003']],
  );
  for (const key of ['sentences', 'alignment', 'passages', 'differences', 'facts', 'baseVariation']) {
    assert.ok(Array.isArray(comparison[key]), key);
  }
  assert.ok(comparison.alignment.length > 0);
  assert.ok(comparison.passages.length > 0);
  const shown = qarin(['show', ids['001']!]).stdout;
  const spansIn001 = comparison.passages.flatMap(
    (passage: { spans: { docId: string; start: number; end: number }[] }) =>
      passage.spans.filter((span) => span.docId === ids['001']),
  );
  assert.ok(
    spansIn001.some(
      (span: { start: number; end: number }) => shown.slice(span.start, span.end) === 'الفريق أول ركن خالد خليفة حفتر',
    ),
    'offsets point into the text as show prints it',
  );
});

test('compare without --json prints a summary with counts', () => {
  const run = qarin(['compare', ids['000']!, ids['001']!]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Aligned groups: \d+/);
  assert.match(run.stdout, /Shared passages: [1-9]/);
  assert.match(run.stdout, /Word differences: \d+ inserted/);
  assert.match(run.stdout, /Facts: \d+ rows/);
  assert.match(qarin(['compare', ids['000']!, ids['001']!, '--lang', 'ar']).stdout, /المقاطع المشتركة/);
});

test('an unknown id, a single id, a repeated id or more than four: one line naming the problem, exit 1', () => {
  const cases: [string[], RegExp][] = [
    [['compare', ids['000']!, 'no-such-id'], /no-such-id/],
    [['compare', ids['000']!], /2 to 4 .* not 1/],
    [['compare', ids['000']!, ids['000']!], new RegExp(`${ids['000']}.*twice`)],
    [['compare', ...Object.values(ids)], /not 5/],
  ];
  for (const [args, message] of cases) {
    const run = qarin(args);
    assert.equal(run.code, 1, args.join(' '));
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  }
  const arabic = qarin(['compare', ids['000']!, 'no-such-id', '--lang', 'ar']);
  assert.equal(arabic.code, 1);
  assert.match(arabic.stderr, /لا وثيقة بالمعرّف «no-such-id»/);
});
