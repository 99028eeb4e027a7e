import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AnnotationDocuments } from '../../../src-main/core/annotations/annotatedDocument';
import {
  AnnotationService,
  type AnnotationServiceOptions,
} from '../../../src-main/services/annotations/annotationService';

/** A report long enough to take many distinct highlights. */
export const SAMPLE_TEXT = Array.from(
  { length: 40 },
  (_, index) =>
    `الفقرة ${index + 1}: عقد رئيس الأركان اجتماعاً مع قادة المناطق العسكرية لبحث الترتيبات الأمنية رقم ${index + 1}.`,
).join('\n');

export const SAMPLE_DOC_ID = 'sample';

/** One fixed report, for tests of the service alone (no library, no import worker). */
export function sampleDocuments(text = SAMPLE_TEXT): AnnotationDocuments {
  const document = {
    id: SAMPLE_DOC_ID,
    title: 'تقرير تجريبي',
    source: 'الوسط',
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  return {
    get: (id) => (id === SAMPLE_DOC_ID ? document : undefined),
    findBySha: (sha256) => (sha256 === document.sha256 ? document : undefined),
    text: () => text,
  };
}

export function openSampleService(
  folder: string,
  overrides: Partial<AnnotationServiceOptions> = {},
): Promise<AnnotationService> {
  return AnnotationService.open({
    snapshotPath: join(folder, 'annotations.json'),
    journalPath: join(folder, 'annotations.journal'),
    projectName: 'test',
    documents: sampleDocuments(),
    ...overrides,
  });
}

/** The range of the `n`-th paragraph's first words, distinct for every n < 40. */
export function sampleRange(n: number): { start: number; end: number } {
  const marker = `الفقرة ${n + 1}:`;
  const start = SAMPLE_TEXT.indexOf(`${marker} `);
  return { start, end: start + marker.length + 10 };
}
