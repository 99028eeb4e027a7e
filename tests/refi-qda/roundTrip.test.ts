import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoke, type ApiHandlers } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { tempDir } from '../helpers/tempDir';
import { openSeedProject } from '../annotations-service/support/annotatedProject';
import { annotateSamples } from '../annotations-service/support/sampleAnnotations';
import { exportQdpx } from './support/qdpxFiles';

/** What REFI-QDA carries of a project, in terms that do not depend on its ids. */
async function carried(handlers: ApiHandlers) {
  const { items: documents } = await invoke(handlers, 'library.list', { limit: 100 });
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const reports = await Promise.all(
    documents.map(async (document) => {
      const detail = await invoke(handlers, 'document.get', { id: document.id });
      const note = await invoke(handlers, 'notes.get', { docId: document.id });
      return {
        title: detail.title,
        source: detail.source,
        date: detail.date,
        url: detail.url,
        text: detail.text,
        note: note.body,
      };
    }),
  );
  const { codes } = await invoke(handlers, 'codes.list', {});
  const codeById = new Map(codes.map((code) => [code.id, code]));
  const codePath = (id: string): string => {
    const code = codeById.get(id)!;
    return code.parentId === undefined ? code.name : `${codePath(code.parentId)}/${code.name}`;
  };
  const { items } = await invoke(handlers, 'annotations.list', { limit: 1000 });
  const quoteOf = new Map(items.map((item) => [item.id, `${titles.get(item.docId)}@${item.target.position.start}`]));
  const { memos } = await invoke(handlers, 'memos.list', {});
  return {
    reports: reports.sort((a, b) => a.title.localeCompare(b.title)),
    codes: codes
      .map((code) => ({ path: codePath(code.id), color: code.color, description: code.description }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    highlights: items
      .map((item) => ({
        at: quoteOf.get(item.id),
        end: item.target.position.end,
        quote: item.target.quote.exact,
        note: item.note,
        codes: item.codeIds.map(codePath).sort(),
        created: item.created,
      }))
      .sort((a, b) => a.at!.localeCompare(b.at!)),
    memos: memos.map((memo) => ({
      title: memo.title,
      body: memo.body,
      linked: memo.highlightIds.map((id) => quoteOf.get(id)).sort(),
    })),
  };
}

test('export then import into a fresh project carries reports, codes, highlights, notes and memos unchanged', async () => {
  const source = await openSeedProject();
  const target = await openWorkbench({ projectDir: tempDir('qarin-qdpx-target-') });
  try {
    await annotateSamples(source);
    const { path } = await exportQdpx(source.workbench.handlers);
    const result = await invoke(target.handlers, 'project.importQdpx', { path });
    assert.deepEqual(result, {
      reportsAdded: 5,
      reportsKnown: 0,
      highlights: 4,
      highlightsKnown: 0,
      codesCreated: 3,
      memos: 1,
      documentNotes: 1,
      skippedSources: [],
      lineEnds: [],
    });
    assert.deepEqual(await carried(target.handlers), await carried(source.workbench.handlers));

    const again = await invoke(target.handlers, 'project.importQdpx', { path });
    assert.equal(again.reportsAdded, 0);
    assert.equal(again.highlights, 0);
    assert.equal(again.highlightsKnown, 4);
    assert.equal(again.codesCreated, 0);
    assert.equal((await invoke(target.handlers, 'annotations.list', {})).total, 4, 'a second import adds nothing');
    assert.equal(again.memos, 0, "nor memos: a highlight's own note is not taken for one");
  } finally {
    await source.close();
    await target.close();
  }
});
