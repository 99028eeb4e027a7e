// Provenance in the compare view: which passage a point falls in, what the first publisher's column marks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Comparison } from '../../src-main/api/compareSchemas';
import { columnLayers, compareLayerName } from '../../src-renderer/compare/compareLayers';
import { firstPublishedSpans, formatDateTime, passageAt, publisherOf } from '../../src-renderer/compare/provenance';

const comparison: Comparison = {
  documents: [
    { id: 'a', title: 'A', source: 'Outlet A', date: '2024-05-02T09:30:00Z' },
    { id: 'b', title: 'B', date: '2024-05-01' },
  ],
  baseId: 'a',
  sentences: [],
  alignment: [],
  passages: [
    {
      spans: [
        { docId: 'a', start: 10, end: 40 },
        { docId: 'b', start: 0, end: 30 },
      ],
      firstDocId: 'b',
      words: 6,
    },
    {
      spans: [
        { docId: 'a', start: 50, end: 70 },
        { docId: 'b', start: 80, end: 100 },
      ],
      words: 4,
    },
  ],
  differences: [],
  facts: [],
  baseVariation: [],
};

describe('compare view provenance', () => {
  it('finds the passage under an offset of one report, and none outside', () => {
    assert.equal(passageAt(comparison, 'a', 10), 0);
    assert.equal(passageAt(comparison, 'a', 39), 0);
    assert.equal(passageAt(comparison, 'a', 40), undefined);
    assert.equal(passageAt(comparison, 'b', 85), 1);
    assert.equal(passageAt(comparison, 'a', 85), undefined, 'offsets are read in the named report only');
  });

  it('marks a passage in the column of the report that published it first, and only there', () => {
    assert.deepEqual(firstPublishedSpans(comparison, 'b'), [{ start: 0, end: 30 }]);
    assert.deepEqual(firstPublishedSpans(comparison, 'a'), []);
    assert.deepEqual(columnLayers(comparison, 'b').get(compareLayerName.firstPublished)?.spans, [
      { start: 0, end: 30 },
    ]);
    assert.deepEqual(columnLayers(comparison, 'a').get(compareLayerName.firstPublished)?.spans, []);
  });

  it('names a publisher by outlet, else title, with the time of day when the report has one', () => {
    assert.deepEqual(publisherOf(comparison.documents[0]!), { name: 'Outlet A', when: '2024-05-02 09:30' });
    assert.deepEqual(publisherOf(comparison.documents[1]!), { name: 'B', when: '2024-05-01' });
    assert.equal(formatDateTime('2024-05-01T00:00:00Z'), '2024-05-01');
    assert.equal(formatDateTime(undefined), undefined);
  });
});
