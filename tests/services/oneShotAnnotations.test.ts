import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openListingDocuments } from '../../src-main/services/project/listingDocuments';
import { libraryListingPath } from '../../src-main/services/project/libraryListing';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { createAnnotationHandlers } from '../../src-main/services/annotations/createAnnotationHandlers';
import { openOneShotAnnotations } from '../../src-main/services/annotations/oneShotAnnotations';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { runImport } from '../../src-main/services/runImport';
import { openSeedProject } from '../annotations-service/support/annotatedProject';
import { annotateSamples } from '../annotations-service/support/sampleAnnotations';

/**
 * `qarin export` reads the annotations over the library listing instead of the library, so that
 * exporting one report's highlights costs what it cites. Its exports must be the open project's.
 */

const LIMIT = { timeout: 120_000 };

async function annotatedProject() {
  const project = await openSeedProject();
  const samples = await annotateSamples(project);
  await project.close();
  return { ...project, samples };
}

/** Exports differ only in the moment they were made. */
const withoutTimes = (content: string) => content.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>');

test('exports over the listing equal the open project’s, in every text format and scope', LIMIT, async () => {
  const { projectDir, docIds, samples } = await annotatedProject();
  const requests = [
    { format: 'md', by: 'report' },
    { format: 'md', by: 'code', codeId: samples.codes.actors.id },
    { format: 'csv', docId: docIds['002'] },
    { format: 'json' },
    { format: 'json', docId: docIds['000'], language: 'ar' },
  ] as const;
  const oneShot = await openOneShotAnnotations(projectDir);
  assert.ok(oneShot, 'a fresh project has a current listing');
  const fromListing: { filename: string; content: string; highlightCount: number }[] = [];
  try {
    const handlers = createAnnotationHandlers(oneShot);
    for (const request of requests) fromListing.push(await invoke(handlers, 'annotations.export', request));
  } finally {
    await oneShot.close();
  }
  const workbench = await openWorkbench({ projectDir, preloadSearch: false });
  try {
    for (const [n, request] of requests.entries()) {
      const expected = await invoke(workbench.handlers, 'annotations.export', request);
      const got = fromListing[n]!;
      assert.equal(got.highlightCount, expected.highlightCount, JSON.stringify(request));
      assert.equal(got.filename, expected.filename);
      assert.equal(withoutTimes(got.content), withoutTimes(expected.content), JSON.stringify(request));
    }
  } finally {
    await workbench.close();
  }
});

test('the listing finds each report by id and by text, with its citation and stored text', LIMIT, async () => {
  const project = await openSeedProject();
  // A report with every field a citation has, which the seeds' plain texts lack.
  const cited = join(project.corpusDir, 'cited.jsonl');
  writeFileSync(
    cited,
    JSON.stringify({
      text: 'أعلن الجيش الوطني الليبي وقف إطلاق النار في المنطقة.',
      title: 'وقف إطلاق النار',
      source: 'وكالة الأنباء',
      date: '2019-04-07',
      url: 'https://example.org/ceasefire?id=7&lang=ar',
    }) + '\n',
  );
  await runImport(project.workbench, [cited]);
  await project.close();
  const documents = await openListingDocuments(projectLayout(project.projectDir));
  assert.ok(documents);
  const workbench = await openWorkbench({ projectDir: project.projectDir, preloadSearch: false });
  try {
    const listedIds = (await invoke(workbench.handlers, 'library.list', { offset: 0, limit: 50 })).items.map(
      (item) => item.id,
    );
    assert.equal(listedIds.length, 6);
    for (const id of listedIds) {
      const detail = await invoke(workbench.handlers, 'document.get', { id });
      const listed = documents.get(id);
      assert.deepEqual(listed, {
        id,
        title: detail.title,
        sha256: detail.sha256,
        ...(detail.source !== undefined ? { source: detail.source } : {}),
        ...(detail.date !== undefined ? { date: detail.date } : {}),
        ...(detail.url !== undefined ? { url: detail.url } : {}),
      });
      assert.deepEqual(documents.findBySha(detail.sha256), listed);
      assert.equal(documents.text(listed), detail.text);
    }
    const withUrl = listedIds.map((id) => documents.get(id)).find((document) => document?.url !== undefined);
    assert.equal(withUrl?.url, 'https://example.org/ceasefire?id=7&lang=ar');
    assert.equal(documents.get('0000000000000000'), undefined);
    assert.equal(documents.findBySha('0'.repeat(64)), undefined);
  } finally {
    await workbench.close();
  }
});

test(
  'the open project answers when the listing is stale, the annotations damaged or highlights to re-anchor',
  LIMIT,
  async () => {
    const stale = await annotatedProject();
    rmSync(libraryListingPath(projectLayout(stale.projectDir)));
    assert.equal(await openOneShotAnnotations(stale.projectDir), undefined, 'no listing');

    const damaged = await annotatedProject();
    writeFileSync(projectLayout(damaged.projectDir).annotations, '{"schemaVersion": 1, "data": ');
    assert.equal(await openOneShotAnnotations(damaged.projectDir), undefined, 'annotations that do not read');

    const moved = await annotatedProject();
    const layout = projectLayout(moved.projectDir);
    // As if the report had been imported again with another text since the highlight was made.
    const snapshot = JSON.parse(readFileSync(layout.annotations, 'utf8')) as {
      data: { highlights: { target: { sha256: string } }[] };
    };
    snapshot.data.highlights[0]!.target.sha256 = 'f'.repeat(64);
    writeFileSync(layout.annotations, JSON.stringify(snapshot));
    assert.equal(await openOneShotAnnotations(moved.projectDir), undefined, 'a highlight to re-anchor');
  },
);
