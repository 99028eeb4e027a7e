import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoke } from '../../src-main/api/dispatch';
import { openSeedProject } from './support/annotatedProject';
import { annotateSamples } from './support/sampleAnnotations';
import { AnnotationSearch } from '../../src-main/services/annotations/annotationSearch';
import { HITS_PENDING } from '../../src-main/services/annotations/hitsPending';
import { AnnotationState } from '../../src-main/core/annotations/annotationState';
import type { StoredHighlight } from '../../src-main/core/annotations/annotationData';

test('search also finds text in highlight notes and quotes, Arabic-aware, and follows edits', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const { highlights } = await annotateSamples(project);
    const hits = async (query: string, offset = 0) =>
      (await invoke(handlers, 'search.query', { query, offset })).annotationHits;

    const inNote = await hits('اللواء');
    assert.ok(inNote);
    const noteHit = inNote.find((hit) => hit.highlightId === highlights.haftar.id);
    assert.ok(noteHit, JSON.stringify(inNote));
    assert.equal(noteHit.field, 'note');
    assert.equal(noteHit.docId, project.docIds['000']);
    assert.equal(noteHit.docTitle, highlights.haftar.document.title);
    const mark = noteHit.snippet.highlights[0]!;
    assert.equal(highlights.haftar.note.slice(mark.start, mark.end), 'اللواء', 'spans point into the note');

    // «حدود» without the article and «الشرعيه» with a ta marbuta spelled as ha both find the quote.
    for (const query of ['حدود', 'الشرعيه']) {
      const found = await hits(query);
      assert.deepEqual(
        found?.filter((hit) => hit.field === 'quote').map((hit) => hit.highlightId),
        [highlights.borders.id],
        query,
      );
    }
    assert.deepEqual(
      (await hits('"chief of staff"'))?.map((hit) => hit.highlightId),
      [highlights.haddad.id],
      'phrases, case-insensitive',
    );
    assert.equal(await hits('اللواء', 20), undefined, 'annotation matches come with the first page only');

    await invoke(handlers, 'annotations.update', { id: highlights.haddad.id, note: 'رئيس أركان المنطقة الغربية' });
    assert.deepEqual(await hits('"chief of staff"'), []);
    assert.deepEqual(
      (await hits('أركان'))?.map((hit) => [hit.highlightId, hit.field]),
      [[highlights.haddad.id, 'note']],
    );
    await invoke(handlers, 'annotations.delete', { id: highlights.haddad.id });
    assert.deepEqual(await hits('أركان'), []);
    await invoke(handlers, 'history.undo', {});
    assert.equal((await hits('أركان'))?.length, 1, 'undo puts it back in the index');
  } finally {
    await project.close();
  }
});

test('the first search over many highlights answers its reports at once; their matches come when asked again', async () => {
  const project = await openSeedProject();
  try {
    const { handlers } = project.workbench;
    const docId = project.docIds['000'];
    // More highlights than the index builds in one turn (500), so the first search cannot wait for it.
    for (let n = 0; n < 520; n += 1) {
      const note = n === 519 ? 'ملاحظةأخيرة عن حفتر' : '';
      await invoke(handlers, 'annotations.create', { docId, start: n % 40, end: (n % 40) + 8, codeIds: [], note });
    }
    const request = { query: 'ملاحظةأخيرة OR حفتر' };
    const first = await invoke(handlers, 'search.query', request);
    assert.ok(first.hits.length > 0, 'the reports found come at once');
    assert.equal(first.annotationHitsPending, true);
    assert.equal(first.annotationHits, undefined);

    let later = first;
    for (let tries = 0; later.annotationHitsPending && tries < 200; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      later = await invoke(handlers, 'search.query', request);
    }
    assert.equal(later.annotationHitsPending, undefined);
    assert.deepEqual(later.hits, first.hits, 'the same reports');
    assert.ok(
      later.annotationHits?.some((hit) => hit.field === 'note' && hit.snippet.text.includes('ملاحظةأخيرة')),
      JSON.stringify(later.annotationHits?.slice(0, 3)),
    );
  } finally {
    await project.close();
  }
});

test('a build of the highlights index that fails ends the pending: no matches for the app, the failure for a command', async () => {
  const highlights: StoredHighlight[] = Array.from({ length: 520 }, (_, n) => ({
    id: `h${n}`,
    docId: 'doc',
    target: {
      quote: { exact: 'قوة مشتركة', prefix: '', suffix: '' },
      position: { start: 0, end: 10 },
      sha256: 'f'.repeat(64),
    },
    codeIds: [],
    note: '',
    created: '2026-11-29T00:00:00.000Z',
    modified: '2026-11-29T00:00:00.000Z',
    status: 'anchored',
  }));
  const state = new AnnotationState({ highlights, codes: [], memos: [], documentNotes: [] });
  let reads = 0;
  const search = new AnnotationSearch({
    get: () => {
      // The first chunk of 500 is indexed; the report store then fails under the second.
      if (++reads > 500) throw new Error('the report store is unreadable');
      return undefined;
    },
    findBySha: () => undefined,
    text: () => undefined,
  });
  const request = { query: 'مشتركة' };
  assert.equal(await search.search(state, request, { wait: false }), HITS_PENDING);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(await search.search(state, request, { wait: false }), undefined, 'the reports are answered alone');
  await assert.rejects(search.search(state, request, { wait: true }), /the report store is unreadable/);
  search.reset();
  reads = -10_000;
  assert.equal(
    await search.search(state, request, { wait: false }),
    HITS_PENDING,
    'replaced records are indexed again',
  );
});
