import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { tempDir } from '../helpers/tempDir';
import { openSeedProject } from '../annotations-service/support/annotatedProject';
import { PASSAGES, annotateSamples } from '../annotations-service/support/sampleAnnotations';

const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

function qarin(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [qarinBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('qarin report writes HTML and DOCX reports in the language asked, and refuses what it cannot make', async () => {
  const project = await openSeedProject();
  await annotateSamples(project);
  const [first, second] = [project.docIds['000'], project.docIds['001']];
  await project.close();
  const out = tempDir('qarin-cli-report-');
  const common = ['--project', project.projectDir];

  const html = join(out, 'report.html');
  const made = qarin([
    'report',
    '--format',
    'html',
    '--out',
    html,
    '--annotations',
    'by-code',
    '--compare',
    `${first},${second}`,
    '--codebook',
    '--memos',
    '--lang',
    'ar',
    ...common,
  ]);
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stdout, /كُتب التقرير بصيغة HTML في .*report\.html\./);
  const page = readFileSync(html, 'utf8');
  assert.match(page, /<html lang="ar" dir="rtl">/);
  assert.ok(page.includes('المقاطع المعلَّمة حسب الرمز'));
  for (const id of ['annotations', 'comparison', 'codebook', 'memos', 'bibliography']) {
    assert.match(page, new RegExp(`<section id="${id}">`));
  }
  assert.ok(page.includes(PASSAGES.haddad));

  const docx = join(out, 'report.docx');
  const word = qarin(['report', '--format', 'docx', '--out', docx, '--codebook', '--lang', 'en', ...common]);
  assert.equal(word.code, 0, word.stderr);
  assert.match(word.stdout, /Wrote the DOCX report to .*report\.docx\./);
  const documentXml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
  assert.ok(documentXml.includes('Codebook'));
  assert.ok(documentXml.includes('فاعلون'));

  const nothing = qarin(['report', '--format', 'html', '--out', join(out, 'empty.html'), '--lang', 'en', ...common]);
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /Choose what the report holds/);
  const badFormat = qarin(['report', '--format', 'odt', '--out', join(out, 'x.odt'), '--codebook', ...common]);
  assert.equal(badFormat.code, 1);
  assert.match(badFormat.stderr, /html\|pdf\|docx/);

  const pdf = join(out, 'report.pdf');
  const noBrowser = qarin([
    'report',
    '--format',
    'pdf',
    '--out',
    pdf,
    '--codebook',
    '--chromium',
    join(out, 'no-such-browser'),
    '--lang',
    'ar',
    ...common,
  ]);
  assert.equal(noBrowser.code, 1);
  assert.equal(noBrowser.stderr.trim().split('\n').length, 1, noBrowser.stderr);
  assert.match(noBrowser.stderr, /تعذّر تشغيل المتصفح .*no-such-browser.*--chromium/);
  assert.equal(existsSync(pdf), false, 'nothing is written when the PDF cannot be printed');
});
