import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers } from '../../src-main/api/dispatch';
import type { AnnotationDocuments } from '../../src-main/services/annotations/annotationDocuments';
import { AnnotationService } from '../../src-main/services/annotations/annotationService';
import { createAnnotationHandlers, type AnnotationMethod } from '../../src-main/services/createAnnotationHandlers';

const METHODS: readonly AnnotationMethod[] = [
  'annotations.status',
  'annotations.list',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'annotations.reattach',
  'annotations.export',
  'annotations.importJson',
  'annotations.backups',
  'annotations.restoreBackup',
  'codes.list',
  'codes.create',
  'codes.update',
  'codes.merge',
  'codes.delete',
  'memos.list',
  'memos.save',
  'memos.delete',
  'notes.get',
  'notes.set',
  'history.undo',
  'history.redo',
  'history.status',
];

/**
 * The real annotation handlers for a stand-in workbench, over a scratch folder created on the first
 * annotation call (transport tests that never make one leave nothing behind) and removed at exit.
 */
export function annotationHandlersForFake(
  documents: AnnotationDocuments,
  onOpened?: (service: AnnotationService) => void,
): Pick<ApiHandlers, AnnotationMethod> {
  let ready: Promise<Pick<ApiHandlers, AnnotationMethod>> | undefined;
  const handlers = () => {
    ready ??= (async () => {
      const folder = mkdtempSync(join(tmpdir(), 'qarin-fake-annotations-'));
      process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
      const service = await AnnotationService.open({
        snapshotPath: join(folder, 'annotations.json'),
        journalPath: join(folder, 'annotations.journal'),
        documents,
        projectName: 'fake',
      });
      onOpened?.(service);
      return createAnnotationHandlers(service);
    })();
    return ready;
  };
  const forwarding = Object.fromEntries(
    METHODS.map((method) => [
      method,
      async (input: unknown) => ((await handlers())[method] as (input: unknown) => Promise<unknown>)(input),
    ]),
  );
  return forwarding as Pick<ApiHandlers, AnnotationMethod>;
}
