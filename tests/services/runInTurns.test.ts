import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInTurns } from '../../src-main/services/eventLoopTurns';

/** A job of `count` steps of `stepMs` each, noting how many event-loop turns had passed at every step. */
function* busySteps(count: number, stepMs: number, turns: () => number, seen: number[]): Generator<void, string> {
  for (let step = 0; step < count; step++) {
    const until = performance.now() + stepMs;
    while (performance.now() < until) {
      // Busy, as a step of a real job is.
    }
    seen.push(turns());
    yield;
  }
  return 'done';
}

describe('runInTurns', () => {
  it('lets the event loop turn before the first step and between stretches of steps', async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const seen: number[] = [];
    try {
      assert.equal(await runInTurns(busySteps(40, 2, () => turns, seen)), 'done');
    } finally {
      counting = false;
    }
    assert.ok(seen[0]! >= 1, 'a turn passes before the first step');
    // 80 ms of steps cannot fit in one stretch: turns pass in between, not only before.
    assert.ok(seen[seen.length - 1]! > seen[0]!, `turns seen at each step: ${seen.join(',')}`);
  });

  it('hands on what the job returns, and what it throws', async () => {
    assert.equal(await runInTurns(busySteps(0, 0, () => 0, [])), 'done');
    const failing = (function* (): Generator<void, never> {
      yield;
      throw new Error('step failed');
    })();
    await assert.rejects(runInTurns(failing), /step failed/);
  });
});
