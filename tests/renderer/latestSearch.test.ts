// Search as you type: the results of the last keystroke always win, and a burst of keys never queues.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLatestSearch, type SearchOutcome } from '../../src-renderer/search/latestSearch';

interface Sent {
  query: string;
  answer(hits: number): Promise<void>;
  fail(message: string): Promise<void>;
}

/** A server whose answers the test releases one by one, and what reached the screen. */
function harness() {
  const sent: Sent[] = [];
  const settled: Array<{ query: string; outcome: SearchOutcome<number>; latest: boolean }> = [];
  const search = createLatestSearch<string, number>(
    (query) =>
      new Promise<number>((resolve, reject) => {
        // Releasing an answer also lets the scheduler's promise callbacks run before the test goes on.
        const flush = () => new Promise<void>((done) => setTimeout(done, 0));
        sent.push({
          query,
          answer: (hits) => (resolve(hits), flush()),
          fail: (message) => (reject(new Error(message)), flush()),
        });
      }),
    (query, outcome, latest) => settled.push({ query, outcome, latest }),
  );
  return { search, sent, settled };
}

describe('search as you type', () => {
  it('sends the first key at once, and only the newest of the keys typed meanwhile', async () => {
    const { search, sent, settled } = harness();
    search.ask('ح');
    assert.deepEqual(
      sent.map((each) => each.query),
      ['ح'],
    );
    search.ask('حف');
    search.ask('حفت');
    search.ask('حفتر');
    assert.equal(sent.length, 1, 'one request on its way at a time');
    await sent[0]!.answer(5);
    assert.deepEqual(
      sent.map((each) => each.query),
      ['ح', 'حفتر'],
    );
    await sent[1]!.answer(3);
    assert.deepEqual(
      settled.map(({ query, latest }) => [query, latest]),
      [
        ['ح', false],
        ['حفتر', true],
      ],
    );
  });

  it('never shows an older query’s results after the newest one’s', async () => {
    const { search, sent, settled } = harness();
    search.ask('سرت');
    search.ask('سرت ليبيا');
    await sent[0]!.answer(40);
    await sent[1]!.answer(2);
    search.ask('سرت ليبيا -حفتر');
    search.cancel();
    search.ask('طرابلس');
    await sent[2]!.answer(7);
    await sent[3]!.answer(9);
    const last = settled[settled.length - 1]!;
    assert.equal(last.query, 'طرابلس');
    assert.ok(last.latest);
    assert.ok(!settled.some(({ query }) => query === 'سرت ليبيا -حفتر'), 'a cancelled query is not shown');
  });

  it('shows nothing from before a cancel (the field was cleared)', async () => {
    const { search, sent, settled } = harness();
    search.ask('ترامب');
    search.cancel();
    await sent[0]!.answer(12);
    assert.deepEqual(settled, []);
  });

  it('reports the newest query’s failure, and drops an older one’s', async () => {
    const { search, sent, settled } = harness();
    search.ask('"قوة');
    search.ask('"قوة مشتركة"');
    await sent[0]!.fail('unreachable');
    await sent[1]!.fail('engine error');
    assert.deepEqual(
      settled.map(({ query, outcome }) => [query, outcome.ok ? 'ok' : (outcome.error as Error).message]),
      [['"قوة مشتركة"', 'engine error']],
    );
  });

  it('counts what was asked, so a later page of an older query can be dropped', async () => {
    const { search, sent } = harness();
    search.ask('النفط');
    const shownAt = search.asked;
    await sent[0]!.answer(30);
    assert.equal(search.asked, shownAt);
    search.ask('النفط الليبي');
    assert.notEqual(search.asked, shownAt);
  });
});
