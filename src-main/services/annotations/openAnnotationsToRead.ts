import { basename } from 'node:path';
import type { AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import { ProjectWriterLock } from '../persistence/ProjectWriterLock';
import type { ProjectLayout } from '../project/projectLayout';
import { AnnotationService } from './annotationService';

/**
 * The project's annotations opened over `documents` by a process that only reads them (an early
 * reader, a one-shot command): the writer lock is handed over but never taken, as only a change
 * would take it.
 */
export function openAnnotationsToRead(
  layout: ProjectLayout,
  documents: AnnotationDocuments,
): Promise<AnnotationService> {
  return AnnotationService.open({
    snapshotPath: layout.annotations,
    journalPath: layout.annotationJournal,
    snapshotCheckNotePath: layout.annotationsCheckNote,
    snapshotCheckNoteReadOnly: true,
    documents,
    projectName: basename(layout.root),
    writerLock: new ProjectWriterLock(layout.lock),
  });
}
