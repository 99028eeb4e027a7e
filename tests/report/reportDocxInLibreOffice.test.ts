import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../e2e/support/buildRenderer';
import type { AnnotatedProject } from '../annotations-service/support/annotatedProject';
import { PASSAGES } from '../annotations-service/support/sampleAnnotations';
import { everything, openReportProject, saveReport } from './support/reportProject';
import { lettersInOrder, missingTool } from './support/requireTool';

const skip = missingTool('soffice', 'libreoffice-writer-nogui') ?? missingTool('pdftotext', 'poppler-utils');
const artifactsDir = join(repoRoot, 'test-artifacts', 'report');

describe('the DOCX report opened by LibreOffice', { skip }, () => {
  let project: AnnotatedProject;
  let scratch: string;

  before(async () => {
    ({ project } = await openReportProject());
    scratch = mkdtempSync(join(tmpdir(), 'qarin-docx-'));
    mkdirSync(artifactsDir, { recursive: true });
  });
  after(async () => {
    await project?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('converts to a PDF whose Arabic reads in logical order, with the right-to-left lines on the right', async () => {
    const docx = join(scratch, 'report-ar.docx');
    writeFileSync(docx, await saveReport(project, { ...everything(project, 'ar'), format: 'docx' }));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(scratch, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        scratch,
        docx,
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    const converted = join(scratch, 'report-ar.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', converted, '-'], { encoding: 'utf8' });
    const letters = lettersInOrder(text);
    for (const passage of Object.values(PASSAGES)) assert.ok(letters.includes(lettersInOrder(passage)), passage);
    for (const heading of ['المحتويات', 'المقارنة', 'دليل الرموز', 'المذكرات', 'التقارير المستشهد بها']) {
      assert.ok(letters.includes(lettersInOrder(heading)), heading);
    }

    // Right-to-left paragraphs start at the right margin: the short title line ends near the page's right edge.
    const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', converted, '-'], { encoding: 'utf8' });
    const width = Number(/<page width="([\d.]+)"/.exec(boxes)?.[1]);
    const words = [
      ...boxes.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">[\u0621-\u064a]+<\/word>/g,
      ),
    ].map((match) => ({ left: Number(match[1]), top: Number(match[2]), right: Number(match[3]) }));
    const titleTop = Math.min(...words.map((word) => word.top));
    const titleLine = words.filter((word) => Math.abs(word.top - titleTop) < 2);
    const right = Math.max(...titleLine.map((word) => word.right));
    const left = Math.min(...titleLine.map((word) => word.left));
    assert.ok(right > width * 0.85 && left > width * 0.5, `the title spans x=${left}..${right} of ${width}`);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '3', converted, join(artifactsDir, 'report-ar-docx-page')]);
  });
});
