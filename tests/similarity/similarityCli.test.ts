import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedIds, seedsDir } from '../helpers/seeds';
import { tempDir } from '../helpers/tempDir';
import { qarin } from '../helpers/runQarin';

const project = tempDir();
const imported = qarin(['import', seedsDir, '--project', project, '--json']);
const added = (JSON.parse(imported.stdout) as { added: { id: string; path: string }[] }).added;
const idOf = (seed: keyof typeof seedIds) => added.find((entry) => entry.path.endsWith(seedIds[seed]))!.id;

test('similar --json lists hits with id, title, similarity and shared passages', () => {
  const run = qarin(['similar', idOf('003'), '--project', project, '--json', '--limit', '2']);
  assert.equal(run.code, 0, run.stderr);
  type Hit = { id: string; title: string; similarity: number; sharedPassages: number };
  const { hits } = JSON.parse(run.stdout) as { hits: Hit[] };
  assert.deepEqual(new Set(hits.map((hit) => hit.id)), new Set([idOf('000'), idOf('001')]));
  for (const hit of hits) {
    assert.equal(typeof hit.title, 'string');
    assert.ok(hit.similarity > 0 && hit.similarity <= 1);
    assert.ok(Number.isInteger(hit.sharedPassages));
  }
});

test('similar without --json prints a readable list', () => {
  const run = qarin(['similar', idOf('000'), '--project', project, '--limit', '3']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Reports similar to «اجتماع عسكري حاسم في سرت/);
  assert.match(run.stdout, /similarity 0\.\d\d · \d+ shared passage/);
});

test('similar with an unknown id says so in one bilingual line and exits 1', () => {
  const run = qarin(['similar', 'no-such-id', '--project', project]);
  assert.equal(run.code, 1);
  assert.equal(run.stderr.trim().split('\n').length, 1);
  assert.match(run.stderr, /No document with id "no-such-id"/);
  assert.match(run.stderr, /لا وثيقة بالمعرّف «no-such-id»/);
});

test('clusters --json gives the Sirte cluster; a bad --min-similarity is refused', () => {
  const run = qarin(['clusters', '--project', project, '--json', '--days', '30']);
  assert.equal(run.code, 0, run.stderr);
  const { clusters } = JSON.parse(run.stdout) as { clusters: { ids: string[]; title: string }[] };
  assert.equal(clusters.length, 1);
  assert.deepEqual(new Set(clusters[0]!.ids), new Set([idOf('000'), idOf('001'), idOf('003')]));
  const readable = qarin(['clusters', '--project', project]);
  assert.match(readable.stdout, /3 reports/);
  const bad = qarin(['clusters', '--project', project, '--min-similarity', 'lots']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--min-similarity needs a number from 0 to 1, not "lots"/);
});
