import type { AnnotationService } from '../../annotations/annotationService';
import { ProjectWriterLock } from '../../persistence/ProjectWriterLock';
import { projectLayout, type ProjectLayout } from '../../project/projectLayout';
import type { DiskSearchIndex } from './diskSearchIndex';
import { highlightTablesLayout, highlightTablesStamp } from './highlightSearchTables';
import { readSearchTablesMeta, openSearchTables } from './searchTablesFreshness';

/** What a pass of `refreshHighlightTables` found and did. */
export type HighlightTablesRefresh =
  /** The tables were stamped with the annotations and reports as they are: nothing to do. */
  | 'fresh'
  | 'written'
  /** The annotations or the reports changed while they were read: tables of them would never be read. */
  | 'changed'
  /** Another process is writing them. */
  | 'busy'
  /** The reports' tables are missing or not of the library: one-shot commands do not search highlights' tables then. */
  | 'no-report-tables';

/**
 * Writes the highlights' tables the annotations were just read for, unless they changed since
 * (tables of them would never be read) or another process is writing them (their lock, not the
 * project's writer lock: the app must find that free to save a highlight). `stamp` was taken
 * before the annotations were read. They are a cache: failing to write them costs the next
 * one-shot command the slower way, nothing else.
 */
export async function keepHighlightTables(
  layout: ProjectLayout,
  reports: DiskSearchIndex,
  annotations: AnnotationService,
  stamp: string,
): Promise<HighlightTablesRefresh> {
  const lock = new ProjectWriterLock(layout.highlightTablesLock);
  const holder = 'highlight search tables';
  try {
    await lock.acquire(holder);
  } catch {
    return 'busy';
  }
  try {
    if ((await highlightTablesStamp(layout, reports)) !== stamp) return 'changed';
    const { writeHighlightSearchTables } = await import('./writeHighlightSearchTables');
    await writeHighlightSearchTables(layout, annotations, stamp);
    return 'written';
  } finally {
    await lock.release(holder);
  }
}

/**
 * Brings the highlights' tables of a project up to date, as the first one-shot search after a
 * change would, for a long-running process to do once its user has paused (see
 * `HighlightTablesKeeper`): the command then finds them stamped and answers from them. Reads the
 * annotations from disk, as the command would, so the tables hold what a reader of the files sees.
 */
export async function refreshHighlightTables(projectDir: string): Promise<HighlightTablesRefresh> {
  const layout = projectLayout(projectDir);
  const reports = await openSearchTables(layout);
  if (!reports) return 'no-report-tables';
  try {
    const stamp = await highlightTablesStamp(layout, reports);
    if (stamp === undefined) return 'no-report-tables';
    const meta = await readSearchTablesMeta(highlightTablesLayout(layout.index).dir);
    if (meta?.fingerprint === stamp) return 'fresh';
    const { openAnnotationsToRead } = await import('../../annotations/openAnnotationsToRead');
    const { tableDocuments } = await import('../tableDocuments');
    const annotations = await openAnnotationsToRead(layout, tableDocuments(reports));
    try {
      return await keepHighlightTables(layout, reports, annotations, stamp);
    } finally {
      await annotations.close();
    }
  } finally {
    reports.close();
  }
}
