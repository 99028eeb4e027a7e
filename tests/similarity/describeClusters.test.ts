import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { describeClusters, type ClusterMember } from '../../src-main/core/similarity/storyClusters';

/** Groups of distinct ids, with members dated from a few days (ties) or undated. */
const clusterCases = fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 0, maxLength: 25 }).chain((sizes) => {
  const ids = sizes.flatMap((size, group) => Array.from({ length: size }, (_, n) => `g${group}-${n}`));
  return fc.record({
    groups: fc.constant(sizes.map((size, group) => Array.from({ length: size }, (_, n) => `g${group}-${n}`))),
    dates: fc.array(
      fc.option(fc.constantFrom('2018-01-01', '2018-01-02', '2018-03-05T10:00:00Z'), { nil: undefined }),
      {
        minLength: ids.length,
        maxLength: ids.length,
      },
    ),
    ids: fc.constant(ids),
  });
});

describe('story clusters described up to a limit', () => {
  it('are the first clusters of the whole, described alike, for any limit', () => {
    fc.assert(
      fc.property(clusterCases, ({ groups, dates, ids }) => {
        const members = new Map<string, ClusterMember>(
          ids.map((id, n) => [id, dates[n] === undefined ? { title: id } : { title: id, date: dates[n] }]),
        );
        const memberOf = (id: string) => members.get(id);
        const whole = describeClusters(groups, memberOf);
        for (let limit = 0; limit <= groups.length + 1; limit++) {
          assert.deepEqual(describeClusters(groups, memberOf, limit), whole.slice(0, limit), `limit ${limit}`);
        }
      }),
    );
  });

  it('describes only the groups that can rank within the limit', () => {
    const asked = new Set<string>();
    const memberOf = (id: string): ClusterMember => {
      asked.add(id);
      return { title: id };
    };
    const groups = [
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
      ['c1', 'c2', 'c3', 'c4'],
      ['d1', 'd2'],
    ];
    const first = describeClusters(groups, memberOf, 2);
    assert.deepEqual(
      first.map((cluster) => cluster.ids),
      [
        ['c1', 'c2', 'c3', 'c4'],
        ['a1', 'a2', 'a3'],
      ],
    );
    assert.deepEqual([...asked].sort(), ['a1', 'a2', 'a3', 'c1', 'c2', 'c3', 'c4']);
  });
});
