import { openListingDocuments } from '../project/listingDocuments';
import { projectLayout } from '../project/projectLayout';
import type { AnnotationService } from './annotationService';
import { openAnnotationsToRead } from './openAnnotationsToRead';

/**
 * The project's annotations for a command that reads them and exits (`qarin export`), over the
 * library listing instead of the library: reading and checking ANT's library takes over a second,
 * while an export of one report's highlights cites one report. Undefined whenever the open project
 * could answer otherwise: the listing is missing or stale, the annotations do not read cleanly, or
 * the project would re-anchor highlights as it opens. It only reads and never takes the writer lock.
 */
export async function openOneShotAnnotations(projectDir: string): Promise<AnnotationService | undefined> {
  const layout = projectLayout(projectDir);
  const documents = await openListingDocuments(layout);
  if (!documents) return undefined;
  const annotations = await openAnnotationsToRead(layout, documents);
  if ((await annotations.status()).state === 'ok' && !annotations.hasHighlightsToReanchor()) return annotations;
  await annotations.close();
  return undefined;
}
