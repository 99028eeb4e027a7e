// The renderer's pure logic, checked in Node: offsets of snippets and paragraphs must map 1:1 onto the stored text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { snippetSegments } from '../../src-renderer/search/snippetSegments';
import { paragraphIndexAt, splitParagraphs } from '../../src-renderer/reader/paragraphs';
import {
  focusedDocumentId,
  initialWorkbenchState,
  tabPaneId,
  tabPanes,
  workbenchReducer,
} from '../../src-renderer/app/workbenchState';
import { seedsDir } from '../helpers/seeds';

describe('snippetSegments', () => {
  const text = 'برئاسة الفريق أول خالد خليفة حفتر، ركز الاجتماع';
  const documentOffset = 1000;
  const at = (word: string) => ({
    start: documentOffset + text.indexOf(word),
    end: documentOffset + text.indexOf(word) + word.length,
  });

  it('shifts document offsets into the window and marks exactly the hit', () => {
    const segments = snippetSegments({
      start: documentOffset,
      end: documentOffset + text.length,
      text,
      highlights: [at('حفتر')],
    });
    assert.deepEqual(
      segments.filter((s) => s.hit).map((s) => s.text),
      ['حفتر'],
    );
    assert.equal(segments.map((s) => s.text).join(''), text);
  });

  it('clips hits that straddle the window and merges overlaps', () => {
    const segments = snippetSegments({
      start: documentOffset,
      end: documentOffset + text.length,
      text,
      highlights: [
        { start: documentOffset - 5, end: documentOffset + 3 },
        at('خالد'),
        { start: at('خالد').start + 2, end: at('خليفة').end },
        { start: documentOffset + text.length - 2, end: documentOffset + text.length + 9 },
      ],
    });
    assert.deepEqual(
      segments.filter((s) => s.hit).map((s) => s.text),
      ['برئ', 'خالد خليفة', 'اع'],
    );
    assert.equal(segments.map((s) => s.text).join(''), text);
  });
});

describe('splitParagraphs', () => {
  it('keeps every paragraph equal to its slice of the stored text, for every seed', () => {
    for (const name of readdirSync(seedsDir)) {
      const text = readFileSync(join(seedsDir, name), 'utf8');
      const paragraphs = splitParagraphs(text);
      assert.ok(paragraphs.length > 0);
      paragraphs.forEach((paragraph, index) => {
        assert.equal(paragraph.text, text.slice(paragraph.start, paragraph.end));
        assert.equal(paragraph.number, index + 1);
        assert.ok(!paragraph.text.includes('\n'));
      });
      const nonEmptyLines = text.split('\n').filter((line) => line.trim() !== '').length;
      assert.equal(paragraphs.length, nonEmptyLines);
    }
  });

  it('lays out Arabic lines right to left even when they open with a Latin name', () => {
    const [first, second] = splitParagraphs('CNN: قال المتحدث\nReuters report');
    assert.equal(first?.dir, 'rtl');
    assert.equal(second?.dir, 'auto');
  });

  it('finds the paragraph of an offset, or the next one between paragraphs', () => {
    const text = 'أول\n\nثان\nثالث';
    const paragraphs = splitParagraphs(text);
    assert.equal(paragraphIndexAt(paragraphs, text.indexOf('ثان') + 1), 1);
    assert.equal(paragraphIndexAt(paragraphs, 4), 1);
    assert.equal(paragraphIndexAt(paragraphs, text.indexOf('ثالث')), 2);
  });
});

describe('workbenchReducer', () => {
  it('opens a report once, re-activates it, and closing the active tab activates its neighbour', () => {
    let state = workbenchReducer(initialWorkbenchState, { type: 'open-document', documentId: 'a', title: 'A' });
    state = workbenchReducer(state, {
      type: 'open-document',
      documentId: 'b',
      title: 'B',
      query: 'حفتر',
      revealFirstHit: true,
    });
    state = workbenchReducer(state, { type: 'open-document', documentId: 'a', title: 'A' });
    const tabs = tabPanes(state);
    assert.deepEqual(
      tabs.map((tab) => tab.documentId),
      ['a', 'b'],
    );
    assert.equal(focusedDocumentId(state), 'a');
    assert.equal(tabs[1]?.query, 'حفتر');
    assert.equal(tabs[1]?.reveal?.kind, 'first-hit');
    state = workbenchReducer(state, { type: 'close-pane', paneId: tabPaneId('a') });
    assert.equal(focusedDocumentId(state), 'b');
    state = workbenchReducer(state, { type: 'close-pane', paneId: tabPaneId('b') });
    assert.equal(focusedDocumentId(state), undefined);
  });

  it('asks the reader to reveal a span again each time, even the same span', () => {
    let state = workbenchReducer(initialWorkbenchState, { type: 'open-document', documentId: 'a', title: 'A' });
    const paneId = tabPaneId('a');
    state = workbenchReducer(state, { type: 'reveal-span', paneId, span: { start: 3, end: 9 } });
    const first = state.panes[paneId]?.reveal?.serial;
    state = workbenchReducer(state, { type: 'reveal-span', paneId, span: { start: 3, end: 9 } });
    assert.notEqual(state.panes[paneId]?.reveal?.serial, first);
  });
});
