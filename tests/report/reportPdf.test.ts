import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { repoRoot } from '../e2e/support/buildRenderer';
import { openSeedProject, type AnnotatedProject } from '../annotations-service/support/annotatedProject';
import { PASSAGES } from '../annotations-service/support/sampleAnnotations';
import { everything, openReportProject, saveReport } from './support/reportProject';
import { lettersInOrder, missingTool, wordsOf } from './support/requireTool';

const skip = missingTool('chromium', 'chromium') ?? missingTool('pdftotext', 'poppler-utils');
const artifactsDir = join(repoRoot, 'test-artifacts', 'report');

describe('the PDF report printed by headless Chromium', { skip }, () => {
  let project: AnnotatedProject;

  before(async () => {
    ({ project } = await openReportProject());
    mkdirSync(artifactsDir, { recursive: true });
  });
  after(() => project?.close());

  it('holds real Arabic text, shaped and in logical order, in the embedded font', async () => {
    const pdf = await saveReport(project, { ...everything(project, 'ar'), format: 'pdf' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const path = join(artifactsDir, 'report-ar.pdf');
    writeFileSync(path, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    // Arabic letters, not presentation forms, so copied text searches and reads as typed.
    assert.doesNotMatch(text, /[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    const letters = lettersInOrder(text);
    for (const passage of Object.values(PASSAGES)) assert.ok(letters.includes(lettersInOrder(passage)), passage);
    for (const heading of ['المحتويات', 'المقاطع المعلَّمة حسب التقرير', 'الاختلاف في الوقائع', 'دليل الرموز']) {
      assert.ok(letters.includes(lettersInOrder(heading)), heading);
    }
    // Whole words, not words cut at their dotted letters: a reader copying a passage gets it as typed.
    const words = wordsOf(text);
    for (const passage of Object.values(PASSAGES)) assert.ok(words.includes(wordsOf(passage)), `words of «${passage}»`);
    const title = (await invoke(project.workbench.handlers, 'document.get', { id: project.docIds['001'] })).title;
    assert.ok(letters.includes(lettersInOrder(title.slice(0, 40))), 'the compared report is cited');
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    assert.match(fonts, /NotoNaskhArabic/, 'the bundled font is embedded in the PDF');
    // Pages to look at: test-artifacts/report/report-ar-page-*.png
    execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '3', path, join(artifactsDir, 'report-ar-page')]);
  });
});

describe('a long PDF report printed by headless Chromium', { skip }, () => {
  /** More passages than a screen shows many times over: the report lays out only those near the screen. */
  const PASSAGE_COUNT = 150;

  it('holds every passage, the last ones too, far below the first screen', async () => {
    const project = await openSeedProject();
    try {
      const docId = project.docIds['000'];
      const words = [...(await project.text(docId)).matchAll(/\S+/g)];
      for (let index = 0; index < PASSAGE_COUNT; index++) {
        const first = words[index % (words.length - 4)]!;
        const last = words[(index % (words.length - 4)) + 3]!;
        await invoke(project.workbench.handlers, 'annotations.create', {
          docId,
          start: first.index,
          end: last.index + last[0].length,
          codeIds: [],
          note: `passage-${index}`,
        });
      }
      const pdf = await saveReport(project, { annotations: 'by-report', language: 'ar', format: 'pdf' });
      mkdirSync(artifactsDir, { recursive: true });
      const path = join(artifactsDir, 'report-long.pdf');
      writeFileSync(path, pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      const printed = new Set(text.match(/passage-\d+/g));
      const missing = Array.from({ length: PASSAGE_COUNT }, (_, index) => `passage-${index}`).filter(
        (note) => !printed.has(note),
      );
      assert.deepEqual(missing, [], 'every passage is on a page');
    } finally {
      await project.close();
    }
  });
});
