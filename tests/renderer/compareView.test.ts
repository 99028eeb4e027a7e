// The compare view's pure parts: what it paints from a comparison, how it locks scrolling, how it exports facts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Comparison } from '../../src-main/api/compareSchemas';
import { alignedPosition, type AlignedBox } from '../../src-renderer/compare/alignedScroll';
import { columnLayers, compareLayerName, uniqueSentences } from '../../src-renderer/compare/compareLayers';
import { factsToCsv, factsToMarkdown, type FactsTableText } from '../../src-renderer/compare/factsExport';

const comparison: Comparison = {
  documents: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
    { id: 'c', title: 'C' },
  ],
  baseId: 'a',
  sentences: [
    { docId: 'a', start: 0, end: 10 },
    { docId: 'a', start: 11, end: 20 },
    { docId: 'b', start: 0, end: 12 },
    { docId: 'b', start: 13, end: 30 },
    { docId: 'c', start: 0, end: 8 },
  ],
  alignment: [
    {
      members: [
        { docId: 'a', start: 0, end: 10 },
        { docId: 'b', start: 13, end: 30 },
      ],
      moved: true,
      similarity: 0.8,
    },
    {
      members: [
        { docId: 'a', start: 11, end: 20 },
        { docId: 'c', start: 0, end: 8 },
      ],
      moved: false,
      similarity: 0.6,
    },
  ],
  passages: [
    {
      spans: [
        { docId: 'a', start: 2, end: 9 },
        { docId: 'b', start: 15, end: 22 },
        { docId: 'c', start: 1, end: 7 },
      ],
      words: 6,
    },
    {
      spans: [
        { docId: 'a', start: 12, end: 18 },
        { docId: 'c', start: 0, end: 5 },
      ],
      words: 5,
    },
  ],
  differences: [
    { docId: 'b', start: 23, end: 26, kind: 'substitute', group: 0, againstDocId: 'a' },
    { docId: 'b', start: 27, end: 29, kind: 'minor', group: 0, againstDocId: 'a' },
  ],
  facts: [],
  baseVariation: [],
};

describe('columnLayers', () => {
  it('paints one passage under one name in every column it occurs in', () => {
    const name = compareLayerName.passage(0);
    assert.deepEqual(columnLayers(comparison, 'a').get(name)?.spans, [{ start: 2, end: 9 }]);
    assert.deepEqual(columnLayers(comparison, 'b').get(name)?.spans, [{ start: 15, end: 22 }]);
    assert.deepEqual(columnLayers(comparison, 'c').get(name)?.spans, [{ start: 1, end: 7 }]);
    assert.deepEqual(columnLayers(comparison, 'b').get(compareLayerName.passage(1))?.spans, []);
  });

  it('marks unique sentences, moved ones outside the base, and major and minor word differences apart', () => {
    assert.deepEqual(uniqueSentences(comparison, 'b'), [{ docId: 'b', start: 0, end: 12 }]);
    assert.deepEqual(uniqueSentences(comparison, 'a'), []);
    const b = columnLayers(comparison, 'b');
    assert.deepEqual(b.get(compareLayerName.moved)?.spans, [{ start: 13, end: 30 }]);
    assert.deepEqual(
      columnLayers(comparison, 'a').get(compareLayerName.moved)?.spans,
      [],
      'the base is what others moved against',
    );
    assert.deepEqual(b.get(compareLayerName.difference)?.spans, [{ start: 23, end: 26 }]);
    assert.deepEqual(b.get(compareLayerName.minorDifference)?.spans, [{ start: 27, end: 29 }]);
  });
});

describe('alignedPosition', () => {
  const boxes: AlignedBox[] = [
    { fromTop: 0, fromBottom: 100, toTop: 50, toBottom: 250, moved: false },
    { fromTop: 300, fromBottom: 400, toTop: 600, toBottom: 700, moved: false },
    { fromTop: 500, fromBottom: 550, toTop: 10, toBottom: 40, moved: true },
  ];

  it('maps a line inside an aligned sentence proportionally into its counterpart, even a moved one', () => {
    assert.equal(alignedPosition(boxes, 50), 150);
    assert.equal(alignedPosition(boxes, 525), 25);
  });

  it('interpolates between in-order sentences only, and keeps the offset past the ends', () => {
    assert.equal(alignedPosition(boxes, 200), 250 + ((200 - 100) / 200) * 350);
    assert.equal(alignedPosition(boxes, 450), 750, 'the moved sentence below does not pull the line back up');
    assert.equal(alignedPosition([], 10), undefined);
  });
});

describe('facts export', () => {
  const text: FactsTableText = {
    kind: (kind) => kind,
    kindHeading: 'kind',
    labelHeading: 'label',
    disagreeHeading: 'agreement',
    disagree: 'differs',
    agree: 'agrees',
    silent: '—',
  };
  const rows: Comparison['facts'] = [
    {
      kind: 'person',
      label: 'خالد حفتر',
      cells: [
        { docId: 'a', start: 0, end: 5, text: 'الفريق أول' },
        { docId: 'b', start: 0, end: 5, text: '=HYPERLINK("x")' },
      ],
      disagree: true,
    },
    { kind: 'number', label: 'a | b', cells: [{ docId: 'c', start: 0, end: 2, text: '-3, "قتلى"' }], disagree: false },
  ];

  it('writes CSV with formula cells defused and quotes doubled', () => {
    const csv = factsToCsv(rows, comparison.documents, text);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(lines[0], 'kind,label,A,B,C,agreement');
    assert.equal(lines[1], `person,خالد حفتر,الفريق أول,"'=HYPERLINK(""x"")",—,differs`);
    assert.equal(lines[2], `number,a | b,—,—,"'-3, ""قتلى""",agrees`);
  });

  it('writes a Markdown table with pipes escaped', () => {
    const markdown = factsToMarkdown(rows, comparison.documents, text).split('\n');
    assert.equal(markdown[0], '| kind | label | A | B | C | agreement |');
    assert.equal(markdown[1], '| --- | --- | --- | --- | --- | --- |');
    assert.equal(markdown[3], '| number | a \\| b | — | — | -3, "قتلى" | agrees |');
  });
});
