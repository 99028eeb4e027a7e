// Panes: a report can be open in a tab and in compare columns at once, each pane addressed by its id.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  comparePanes,
  focusedDocumentId,
  initialWorkbenchState,
  tabPaneId,
  tabPanes,
  workbenchReducer,
  type WorkbenchAction,
  type WorkbenchState,
} from '../../src-renderer/app/workbenchState';

const run = (actions: WorkbenchAction[], from: WorkbenchState = initialWorkbenchState) =>
  actions.reduce(workbenchReducer, from);
const doc = (id: string) => ({ documentId: id, title: id.toUpperCase() });

describe('workbench panes', () => {
  it('keeps each pane’s scroll and query apart, even for one report in a tab and a column', () => {
    let state = run([{ type: 'open-document', documentId: 'a', title: 'A', query: 'حفتر' }]);
    state = run([{ type: 'open-compare', documents: [doc('a'), doc('b')] }], state);
    const [columnA] = comparePanes(state);
    assert.ok(columnA && columnA.id !== tabPaneId('a'));
    state = run(
      [
        { type: 'remember-scroll', paneId: tabPaneId('a'), scrollTop: 480 },
        { type: 'set-pane-query', paneId: columnA.id, query: 'سرت' },
      ],
      state,
    );
    assert.equal(state.panes[tabPaneId('a')]?.scrollTop, 480);
    assert.equal(state.panes[columnA.id]?.scrollTop, 0);
    assert.equal(state.panes[tabPaneId('a')]?.query, 'حفتر');
    assert.equal(state.panes[columnA.id]?.query, 'سرت');
  });

  it('addresses a reveal to one pane only', () => {
    let state = run([{ type: 'open-compare', documents: [doc('a'), doc('b'), doc('c')] }]);
    const [, second] = comparePanes(state);
    state = workbenchReducer(state, { type: 'reveal-span', paneId: second!.id, span: { start: 5, end: 9 } });
    const reveals = comparePanes(state).map((pane) => pane.reveal?.kind);
    assert.deepEqual(reveals, [undefined, 'span', undefined]);
  });

  it('opens 2–4 columns, keeps the rest when one closes or one is added, and moves the base on', () => {
    let state = run([
      { type: 'open-compare', documents: [doc('a'), doc('b'), doc('a'), doc('c'), doc('d'), doc('e')] },
    ]);
    assert.deepEqual(
      comparePanes(state).map((pane) => pane.documentId),
      ['a', 'b', 'c', 'd'],
      'no duplicates, at most four',
    );
    assert.equal(state.layout, 'compare');
    const [a, b, c] = comparePanes(state);
    state = workbenchReducer(state, { type: 'set-compare-base', paneId: c!.id });
    state = workbenchReducer(state, { type: 'remember-scroll', paneId: b!.id, scrollTop: 300 });
    state = workbenchReducer(state, { type: 'close-pane', paneId: a!.id });
    assert.deepEqual(
      comparePanes(state).map((pane) => pane.documentId),
      ['b', 'c', 'd'],
    );
    assert.equal(state.panes[b!.id]?.scrollTop, 300, 'the remaining columns keep their state');
    assert.equal(state.compare.basePaneId, c!.id);
    state = workbenchReducer(state, { type: 'close-pane', paneId: c!.id });
    assert.equal(state.compare.basePaneId, b!.id, 'closing the base makes the first column the base');
    state = workbenchReducer(state, { type: 'add-compare-column', document: doc('e') });
    state = workbenchReducer(state, { type: 'add-compare-column', document: doc('b') });
    assert.deepEqual(
      comparePanes(state).map((pane) => pane.documentId),
      ['b', 'd', 'e'],
    );
  });

  it('switches between tabs and compare columns without losing either, and follows the focused pane', () => {
    let state = run([
      { type: 'open-document', documentId: 'x', title: 'X' },
      { type: 'open-compare', documents: [doc('a'), doc('b')] },
    ]);
    const [, b] = comparePanes(state);
    state = workbenchReducer(state, { type: 'focus-pane', paneId: b!.id });
    assert.equal(focusedDocumentId(state), 'b');
    state = workbenchReducer(state, { type: 'show-layout', layout: 'tabs' });
    assert.equal(focusedDocumentId(state), 'x', 'a hidden column does not hold the focus');
    assert.deepEqual(
      tabPanes(state).map((pane) => pane.documentId),
      ['x'],
    );
    state = workbenchReducer(state, { type: 'show-layout', layout: 'compare' });
    assert.equal(focusedDocumentId(state), 'b');
    assert.equal(comparePanes(state).length, 2);
  });
});

describe('workbench side tabs', () => {
  // Every key typed in the search field asks for the search tab; a new state would re-render the
  // whole workbench (reader, library, details) on each keystroke.
  it('keeps the same state when the tab asked for is already shown', () => {
    const shown = run([{ type: 'show-side-tab', tab: 'search' }]);
    assert.equal(shown.sideTab, 'search');
    assert.equal(workbenchReducer(shown, { type: 'show-side-tab', tab: 'search' }), shown);
    assert.equal(workbenchReducer(shown, { type: 'show-side-tab', tab: 'library' }).sideTab, 'library');
  });
});
