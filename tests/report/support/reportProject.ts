import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invoke } from '../../../src-main/api/dispatch';
import type { Input } from '../../../src-main/api/types';
import { openSeedProject, type AnnotatedProject } from '../../annotations-service/support/annotatedProject';
import { annotateSamples } from '../../annotations-service/support/sampleAnnotations';

export type Samples = Awaited<ReturnType<typeof annotateSamples>>;

/** The seed project with the sample annotations: a nested codebook, four highlights, a memo and a report note. */
export async function openReportProject(): Promise<{ project: AnnotatedProject; samples: Samples }> {
  // Made here rather than by tempDir(): a folder that helper makes inside a before() hook is removed
  // when the first test ends, and these projects serve a whole suite.
  const projectDir = mkdtempSync(join(tmpdir(), 'qarin-report-'));
  process.once('exit', () => rmSync(projectDir, { recursive: true, force: true }));
  const project = await openSeedProject(projectDir);
  const samples = await annotateSamples(project);
  return { project, samples };
}

/** Everything a report can hold: annotations by report, the comparison of seeds 000 and 001, codebook, memos. */
export function everything(project: AnnotatedProject, language: 'ar' | 'en'): Omit<Input<'report.save'>, 'format'> {
  return {
    annotations: 'by-report',
    compare: [project.docIds['000'], project.docIds['001']],
    codebook: true,
    memos: true,
    language,
  };
}

/** Bytes of a saved report. */
export async function saveReport(project: AnnotatedProject, request: Input<'report.save'>): Promise<Buffer> {
  const file = await invoke(project.workbench.handlers, 'report.save', request);
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
}
