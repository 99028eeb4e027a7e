import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse as parseCsv } from 'csv-parse/sync';
import { tempDir } from '../helpers/tempDir';
import { openSeedProject } from '../annotations-service/support/annotatedProject';
import { annotateSamples } from '../annotations-service/support/sampleAnnotations';
import { qarin } from '../helpers/runQarin';

const out = tempDir('qarin-cli-export-');

async function annotatedProjectDir(): Promise<string> {
  const project = await openSeedProject();
  await annotateSamples(project);
  await project.close();
  return project.projectDir;
}

async function emptySeedProjectDir(): Promise<string> {
  const project = await openSeedProject();
  await project.close();
  return project.projectDir;
}

test('qarin export writes Markdown, CSV, XLSX, JSON-LD and REFI-QDA files of the seeds project, by scope', async () => {
  const project = await annotatedProjectDir();

  const md = join(out, 'all.md');
  const byReport = qarin(['export', '--format', 'md', '--out', md, '--project', project]);
  assert.equal(byReport.code, 0, byReport.stderr);
  assert.match(byReport.stdout, /Exported 4 highlights to .*all\.md\./);
  const markdown = readFileSync(md, 'utf8');
  assert.match(markdown, /^---\ntitle: "Qarin annotations"\n/);
  assert.match(markdown, /> \u200f\u2067الفريق أول خالد خليفة حفتر\u2069/);

  const byCode = join(out, 'by-code.md');
  assert.equal(
    qarin(['export', '--format', 'md', '--by', 'code', '--code', 'ألقاب عسكرية', '--out', byCode, '--project', project])
      .code,
    0,
  );
  assert.match(readFileSync(byCode, 'utf8'), /grouped_by: "code"\n[\s\S]*highlights: 1\n/);
  assert.equal(
    qarin(['export', '--format', 'md', '--code', 'فاعلون/ألقاب عسكرية', '--out', byCode, '--project', project]).code,
    0,
    'a code path works too',
  );

  const csv = join(out, 'report.csv');
  const docs = JSON.parse(qarin(['docs', '--json', '--project', project]).stdout) as { id: string; path: string }[];
  const doc002 = docs.find((doc) => doc.path.endsWith('002_3472d11f30aee933.txt'))!.id;
  assert.equal(qarin(['export', '--format', 'csv', '--doc', doc002, '--out', csv, '--project', project]).code, 0);
  const csvText = readFileSync(csv, 'utf8');
  assert.ok(csvText.startsWith('\uFEFF'), 'UTF-8 with a byte order mark');
  const rows = parseCsv(csvText, { bom: true, columns: true }) as Record<string, string>[];
  assert.deepEqual(
    rows.map((row) => [row.document_id, row.quote, row.code]),
    [[doc002, 'محمد الحداد', 'فاعلون']],
  );

  const xlsx = join(out, 'report.xlsx');
  assert.equal(qarin(['export', '--format', 'xlsx', '--doc', doc002, '--out', xlsx, '--project', project]).code, 0);
  const workbook = await JSZip.loadAsync(readFileSync(xlsx));
  const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
  assert.match(sheet, /rightToLeft="1"/);
  assert.match(sheet, /<t xml:space="preserve">محمد الحداد<\/t>/);

  const json = join(out, 'all.jsonld');
  assert.equal(qarin(['export', '--format', 'json', '--out', json, '--project', project]).code, 0);
  assert.equal(JSON.parse(readFileSync(json, 'utf8')).total, 4);

  const qdpx = join(out, 'all.qdpx');
  assert.equal(qarin(['export', '--format', 'qdpx', '--out', qdpx, '--project', project]).code, 0);
  const zip = await JSZip.loadAsync(readFileSync(qdpx));
  assert.ok(zip.file('project.qde'));

  const wrongFormat = qarin(['export', '--format', 'pdf', '--out', md, '--project', project]);
  assert.equal(wrongFormat.code, 1);
  assert.match(wrongFormat.stderr, /--format takes md\|csv\|xlsx\|json\|qdpx, not "pdf"/);
  const unknownCode = qarin([
    'export',
    '--format',
    'md',
    '--code',
    'لا يوجد',
    '--out',
    md,
    '--project',
    project,
    '--lang',
    'ar',
  ]);
  assert.equal(unknownCode.code, 1);
  assert.match(unknownCode.stderr, /لا رمز باسم «لا يوجد»/);
});

test('qarin annotations import reports exact, fuzzy and orphan counts; a second import changes nothing; bad files exit 1 naming the problem', async () => {
  const source = await annotatedProjectDir();
  const exported = join(out, 'round-trip.jsonld');
  assert.equal(qarin(['export', '--format', 'json', '--out', exported, '--project', source]).code, 0);
  const target = await emptySeedProjectDir();

  const first = qarin(['annotations', 'import', exported, '--project', target]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(
    first.stdout,
    /4 anchored exactly, 0 fuzzily, 0 orphans to re-attach; 0 unchanged, 0 updated, 3 new codes/,
  );
  const second = qarin(['annotations', 'import', exported, '--project', target, '--json']);
  assert.deepEqual(JSON.parse(second.stdout), {
    exact: 0,
    fuzzy: 0,
    orphans: 0,
    unchanged: 4,
    updated: 0,
    codesCreated: 0,
    skipped: [],
  });

  const again = join(out, 'again.jsonld');
  assert.equal(qarin(['export', '--format', 'json', '--out', again, '--project', target]).code, 0);
  const items = (file: string) => JSON.parse(readFileSync(file, 'utf8')).first.items;
  assert.deepEqual(items(again), items(exported), 'the imported project exports the same annotations');

  const snapshot = readFileSync(join(target, 'annotations.json'), 'utf8');
  const malformed = join(out, 'malformed.json');
  writeFileSync(malformed, '{"type": "AnnotationCollection",');
  const bad = qarin(['annotations', 'import', malformed, '--project', target]);
  assert.equal(bad.code, 1);
  assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
  assert.match(bad.stderr, /^qarin: Nothing was imported: the file is not valid JSON at line 1/);

  const foreign = join(out, 'foreign.json');
  const collection = JSON.parse(readFileSync(exported, 'utf8'));
  collection.first.items[2].target.source = 'http://example.org/article';
  writeFileSync(foreign, JSON.stringify(collection));
  const refused = qarin(['annotations', 'import', foreign, '--project', target, '--lang', 'ar']);
  assert.equal(refused.code, 1);
  assert.match(
    refused.stderr,
    /^qarin: لم يُستورد شيء: first\.items\[2\]\.target\.source: the target is not a Qarin document/,
  );
  assert.equal(readFileSync(join(target, 'annotations.json'), 'utf8'), snapshot, 'the refused files changed nothing');

  const missing = qarin(['annotations', 'import', join(out, 'nope.json'), '--project', target]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Cannot read .*nope\.json/);
});
