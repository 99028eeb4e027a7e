import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { invoke } from '../../src-main/api/dispatch';
import { AnnotationSnapshotSchema } from '../../src-main/core/annotations/annotationData';
import { openAnnotationsToRead } from '../../src-main/services/annotations/openAnnotationsToRead';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { openSeedProject } from './support/annotatedProject';

/** How often the snapshot's schema checks a snapshot holding highlights while `use` runs. */
async function snapshotChecks(use: () => Promise<void>): Promise<number> {
  let checks = 0;
  const original = AnnotationSnapshotSchema.safeParse.bind(AnnotationSnapshotSchema);
  AnnotationSnapshotSchema.safeParse = ((data: unknown, params?: Parameters<typeof original>[1]) => {
    if ((data as { highlights?: unknown[] } | null)?.highlights?.length) checks += 1;
    return original(data, params);
  }) as typeof AnnotationSnapshotSchema.safeParse;
  try {
    await use();
  } finally {
    AnnotationSnapshotSchema.safeParse = original;
  }
  return checks;
}

test('an annotations snapshot its schema accepted opens again unchecked; one changed on disk is checked', async () => {
  const project = await openSeedProject();
  const docId = project.docIds['000'];
  await invoke(project.workbench.handlers, 'annotations.create', {
    docId,
    ...(await project.rangeOf(docId, 'اجتماع عسكري')),
    codeIds: [],
    note: 'ملاحظة',
  });
  // Closing folds the change into the snapshot, written and noted by this process.
  await project.close();
  const layout = projectLayout(project.projectDir);
  assert.match(readFileSync(layout.annotationsCheckNote, 'utf8'), /"sha256":"[0-9a-f]{64}"/);

  assert.equal(
    await snapshotChecks(async () => {
      await project.reopen();
      assert.equal((await invoke(project.workbench.handlers, 'annotations.status', {})).highlightCount, 1);
    }),
    0,
    'the snapshot this process wrote is not checked again',
  );
  await project.close();

  // A process that only reads (a one-shot command, the early reader) uses the note, and writes none.
  const readOnly = () =>
    openAnnotationsToRead(layout, { get: () => undefined, findBySha: () => undefined, text: () => undefined });
  assert.equal(
    await snapshotChecks(async () => (await readOnly()).close()),
    0,
    'a reader opens the noted snapshot unchecked',
  );
  rmSync(layout.annotationsCheckNote);
  assert.equal(await snapshotChecks(async () => (await readOnly()).close()), 1, 'without the note, it checks');
  assert.equal(existsSync(layout.annotationsCheckNote), false, 'and writes no note: it only reads');

  // Still JSON, but a highlight without its target: another text, so the schema checks it and refuses it.
  const snapshot = JSON.parse(readFileSync(layout.annotations, 'utf8')) as {
    data: { highlights: Record<string, unknown>[] };
  };
  delete snapshot.data.highlights[0]!.target;
  writeFileSync(layout.annotations, JSON.stringify(snapshot));
  assert.equal(
    await snapshotChecks(async () => {
      await project.reopen();
      const status = await invoke(project.workbench.handlers, 'annotations.status', {});
      assert.equal(status.state, 'corrupt', 'the edited snapshot is refused as before');
    }),
    1,
    'the edited snapshot is checked',
  );
  await project.close();
});
