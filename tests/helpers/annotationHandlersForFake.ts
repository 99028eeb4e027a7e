import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotationMethods } from '../../src-main/api/contract/annotationContract';
import type { HandlersOf } from '../../src-main/api/dispatch';
import type { AnnotationDocuments } from '../../src-main/core/annotations/annotatedDocument';
import { AnnotationService } from '../../src-main/services/annotations/annotationService';
import { createAnnotationHandlers } from '../../src-main/services/annotations/createAnnotationHandlers';

type AnnotationHandlers = HandlersOf<typeof annotationMethods>;

const METHODS = Object.keys(annotationMethods) as (keyof AnnotationHandlers)[];

/**
 * The real annotation handlers for a stand-in workbench, over a scratch folder created on the first
 * annotation call (transport tests that never make one leave nothing behind) and removed at exit.
 */
export function annotationHandlersForFake(
  documents: AnnotationDocuments,
  onOpened?: (service: AnnotationService) => void,
): AnnotationHandlers {
  let ready: Promise<AnnotationHandlers> | undefined;
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
  return forwarding as AnnotationHandlers;
}
