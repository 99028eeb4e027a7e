import { invoke } from '../../../src-main/api/dispatch';
import type { SaveReportRequest } from '../../../src-main/api/reportSchemas';
import { openSeedProject, type AnnotatedProject } from '../../annotations-service/support/annotatedProject';
import { annotateSamples } from '../../annotations-service/support/sampleAnnotations';

export type Samples = Awaited<ReturnType<typeof annotateSamples>>;

/** The seed project with the sample annotations: a nested codebook, four highlights, a memo and a report note. */
export async function openReportProject(): Promise<{ project: AnnotatedProject; samples: Samples }> {
  const project = await openSeedProject();
  const samples = await annotateSamples(project);
  return { project, samples };
}

/** Everything a report can hold: annotations by report, the comparison of seeds 000 and 001, codebook, memos. */
export function everything(project: AnnotatedProject, language: 'ar' | 'en'): Omit<SaveReportRequest, 'format'> {
  return {
    annotations: 'by-report',
    compare: [project.docIds['000'], project.docIds['001']],
    codebook: true,
    memos: true,
    language,
  };
}

/** Bytes of a saved report. */
export async function saveReport(project: AnnotatedProject, request: SaveReportRequest): Promise<Buffer> {
  const file = await invoke(project.workbench.handlers, 'report.save', request);
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
}
