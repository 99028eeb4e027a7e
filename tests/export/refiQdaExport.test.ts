import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportRefiQda } from '../../src-main/core/export/refiQdaExport';
import { stableGuid } from '../../src-main/core/export/stableGuid';
import { xmlAttribute, xmlText } from '../../src-main/core/export/xmlText';
import { emojiPost, highlights, sampleInput } from './fixtures/sampleExport';

const schema = new URL('../../../shared/refi-qda/Project.xsd', import.meta.url).pathname;
const options = { projectName: 'تقارير سرت & "مصراتة"', exportedAt: '2025-03-01T12:00:00Z' };
const project = exportRefiQda(sampleInput, options);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function validate(xml: string) {
  const folder = mkdtempSync(join(tmpdir(), 'qarin-refi-'));
  try {
    const file = join(folder, 'project.qde');
    writeFileSync(file, xml);
    return spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test(
  'project.qde validates against the REFI-QDA Project.xsd',
  { skip: hasXmllint ? false : 'xmllint is not installed (Debian package libxml2-utils)' },
  () => {
    const result = validate(project.projectXml);
    assert.equal(result.status, 0, result.stderr);
  },
);

test(
  'an empty project and one with control characters in notes still validate',
  { skip: hasXmllint ? false : 'xmllint is not installed (Debian package libxml2-utils)' },
  () => {
    assert.equal(
      validate(exportRefiQda({ highlights: [], codes: [], memos: [], documents: [] }, options).projectXml).status,
      0,
    );
    const noisy = { ...sampleInput, highlights: [{ ...highlights[0]!, note: 'تحكم\u0007 و\uD800 <b>' }] };
    const result = validate(exportRefiQda(noisy, options).projectXml);
    assert.equal(result.status, 0, result.stderr);
  },
);

test('selections count code points of the source file written beside the project', () => {
  const emojiHighlight = highlights.find((highlight) => highlight.id === 'h-emoji')!;
  const guid = stableGuid('highlight', emojiHighlight.id);
  const match = new RegExp(`<PlainTextSelection guid="${guid}"[^>]*startPosition="(\\d+)" endPosition="(\\d+)"`).exec(
    project.projectXml,
  );
  assert.ok(match, 'the emoji highlight is exported');
  const source = project.sources.find((file) => file.path === `sources/${stableGuid('document', emojiPost.id)}.txt`)!;
  assert.equal(source.text, emojiPost.text);
  assert.equal(
    Array.from(source.text).slice(Number(match[1]), Number(match[2])).join(''),
    emojiHighlight.target.quote.exact,
  );
  assert.match(
    project.projectXml,
    new RegExp(`plainTextPath="internal://${stableGuid('document', emojiPost.id)}.txt"`),
  );
});

test('codes nest under their parents and codings point at them', () => {
  const actors = stableGuid('code', 'c-actors');
  const haftar = stableGuid('code', 'c-haftar');
  assert.match(
    project.projectXml,
    new RegExp(`<Code guid="${actors}" name="فاعلون" isCodable="true" color="#1f77b4">\\s*<Code guid="${haftar}"`),
  );
  assert.equal((project.projectXml.match(new RegExp(`<CodeRef targetGUID="${haftar}"/>`, 'g')) ?? []).length, 2);
});

test('orphans are left out and reported; memos and report notes become referenced notes', () => {
  assert.deepEqual(project.skippedHighlightIds, ['h-orphan']);
  assert.doesNotMatch(project.projectXml, new RegExp(stableGuid('highlight', 'h-orphan')));
  const memo = stableGuid('memo', 'm-ranks');
  assert.equal((project.projectXml.match(new RegExp(`<NoteRef targetGUID="${memo}"/>`, 'g')) ?? []).length, 2);
  assert.match(project.projectXml, new RegExp(`<Note guid="${memo}" name="الألقاب المتضاربة"`));
});

test('the same input gives the same file, GUIDs included', () => {
  assert.equal(exportRefiQda(sampleInput, options).projectXml, project.projectXml);
  assert.match(stableGuid('code', 'x'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('XML escaping keeps markup out and forbidden characters away', () => {
  assert.equal(xmlText('a < b & c > d'), 'a &lt; b &amp; c &gt; d');
  assert.equal(xmlAttribute('"قال"\nسطر'), '&quot;قال&quot;&#10;سطر');
  assert.equal(xmlText('x\u0001y\uD800z😀'), 'x\uFFFDy\uFFFDz😀');
});
