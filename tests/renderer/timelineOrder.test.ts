// A story's timeline lists who published first, first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { timelineOrder } from '../../src-renderer/compare/timelineOrder';

describe('story timeline order', () => {
  it('orders by date and time, undated last, ties in the cluster order', () => {
    const ordered = timelineOrder([
      { id: 'undated', title: 'u' },
      { id: 'late', title: 'l', date: '2024-05-02T10:00:00Z' },
      { id: 'early', title: 'e', date: '2024-05-02T08:15:00Z' },
      { id: 'day-before', title: 'd', date: '2024-05-01' },
      { id: 'late-twin', title: 't', date: '2024-05-02T10:00:00Z' },
    ]);
    assert.deepEqual(
      ordered.map((entry) => entry.id),
      ['day-before', 'early', 'late', 'late-twin', 'undated'],
    );
  });
});
