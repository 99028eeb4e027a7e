// A first search over many highlights answers its reports before their matches: the page asks again for them alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { followPendingMatches, type HighlightMatches } from '../../src-renderer/search/followPendingMatches';

type Matches = HighlightMatches<string>;
const AFTER_MS = 5;
const settle = () => new Promise((done) => setTimeout(done, 30));

/** A server whose answers are given in turn, and what the page took of them. */
function harness(answers: Array<Matches | Error>, wanted = () => true) {
  let asked = 0;
  const taken: Matches[] = [];
  followPendingMatches(
    async () => {
      const answer = answers[asked++] ?? new Error('asked once too often');
      if (answer instanceof Error) throw answer;
      return { ...answer, hits: ['report hits the page already shows'] } as Matches;
    },
    (matches) => taken.push(matches),
    wanted,
    AFTER_MS,
  );
  return { taken, asked: () => asked };
}

describe('following highlight matches that are pending', () => {
  it('asks again until they come, and takes only the matches', async () => {
    const { taken, asked } = harness([{ annotationHitsPending: true }, { annotationHits: ['h1', 'h2'] }]);
    for (let tries = 0; tries < 20 && taken.length < 2; tries += 1) await settle();
    assert.deepEqual(taken, [{ annotationHitsPending: true }, { annotationHits: ['h1', 'h2'] }]);
    await settle();
    assert.equal(asked(), 2, 'not asked again once they came');
  });

  it('stops once the search is no longer the one shown', async () => {
    // A newer query is typed as soon as the first pending answer is shown.
    let taken: Matches[] = [];
    const followed = harness([{ annotationHitsPending: true }, { annotationHits: ['h1'] }], () => taken.length === 0);
    taken = followed.taken;
    for (let tries = 0; tries < 20 && taken.length < 1; tries += 1) await settle();
    await settle();
    assert.deepEqual(taken, [{ annotationHitsPending: true }]);
    assert.equal(followed.asked(), 1);
  });

  it('ends the pending without matches when asking again fails', async () => {
    const { taken } = harness([new Error('the server went away')]);
    for (let tries = 0; tries < 20 && taken.length < 1; tries += 1) await settle();
    assert.deepEqual(taken, [{}]);
  });
});
