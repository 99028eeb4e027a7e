import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from '../../src-main/core/import/isoDate';

describe('toIsoDate', () => {
  it('rewrites RFC 2822 dates (TREC <TIME>, RSS) keeping their offset', () => {
    assert.equal(toIsoDate('Fri, 06 Apr 2018 12:58:00 +0400'), '2018-04-06T12:58:00+04:00');
    assert.equal(toIsoDate('Mon, 26 Feb 2018 02:20:10 GMT'), '2018-02-26T02:20:10Z');
    assert.equal(toIsoDate('6 Apr 2018 09:05 EST'), '2018-04-06T09:05:00-05:00');
  });

  it('keeps ISO dates and date-times at the precision given', () => {
    assert.equal(toIsoDate('2025-10-02'), '2025-10-02');
    assert.equal(toIsoDate('2025-10-02T09:15:00+0200'), '2025-10-02T09:15:00+02:00');
    assert.equal(toIsoDate('2025-10-02 09:15'), '2025-10-02T09:15');
  });

  it('returns undefined for impossible or ambiguous dates instead of guessing', () => {
    assert.equal(toIsoDate('2018-02-30'), undefined);
    assert.equal(toIsoDate('Mon, 31 Apr 2018 10:00:00 GMT'), undefined);
    assert.equal(toIsoDate('03/04/2018'), undefined);
    assert.equal(toIsoDate('أمس'), undefined);
  });
});
