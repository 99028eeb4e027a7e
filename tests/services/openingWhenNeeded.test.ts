import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventHub } from '../../src-main/api/eventHub';
import type { ApiHandlers } from '../../src-main/api/dispatch';
import type { EarlyAnswers } from '../../src-main/services/earlyAnswers';
import { openingWhenNeeded } from '../../src-main/services/openingWhenNeeded';
import type { Workbench } from '../../src-main/services/workbench';
import { workbenchWhenOpen } from '../../src-main/services/workbenchWhenOpen';

/** An early reader that answers `project.info` only, and says whether it answers the first screen. */
function earlyReader(answersFirstScreen: boolean): EarlyAnswers {
  return {
    answersFirstScreen,
    answer: async (method) => (method === 'project.info' ? { answer: { documentCount: 1 } } : undefined),
    close: async () => undefined,
  };
}

/** A project whose opening counts how often it was started. */
function countedProject() {
  let opened = 0;
  const handlers = { 'compare.clusters': async () => ({ clusters: [] }) } as unknown as ApiHandlers;
  const workbench: Workbench = { projectDir: '/p', handlers, events: new EventHub(), close: async () => undefined };
  return {
    open: async () => {
      opened++;
      return workbench;
    },
    get opened() {
      return opened;
    },
  };
}

const turns = (count: number) =>
  new Promise<void>((resolve) => {
    let left = count;
    const next = () => (--left <= 0 ? resolve() : setImmediate(next));
    setImmediate(next);
  });

/** A call left waiting for a project nobody starts fails the test instead of waiting for the timer. */
const LIMIT = { timeout: 10_000 };

test('the project is not opened while the early reader answers the first screen', LIMIT, async () => {
  const project = countedProject();
  const early = Promise.resolve(earlyReader(true));
  const { opening, needed } = openingWhenNeeded(project.open, early, 60_000);
  const served = workbenchWhenOpen('/p', opening, early, needed);
  assert.deepEqual(await served.handlers['project.info']({}), { documentCount: 1 });
  await turns(5);
  assert.equal(project.opened, 0, 'answered early, the project waits');
  // A call the early reader does not answer needs the project: it opens, once.
  assert.deepEqual(await served.handlers['compare.clusters']({} as never), { clusters: [] });
  await served.handlers['compare.clusters']({} as never);
  assert.equal(project.opened, 1);
  await served.close();
});

test('the project opens at once when the early reader cannot answer the first screen', async () => {
  for (const early of [
    Promise.resolve(earlyReader(false)),
    Promise.resolve(undefined),
    Promise.reject(new Error('x')),
  ]) {
    const project = countedProject();
    const { opening } = openingWhenNeeded(project.open, early, 60_000);
    await opening;
    assert.equal(project.opened, 1);
  }
});

test('a project no call needs still opens once the first screen has had its time', async () => {
  const project = countedProject();
  const started = performance.now();
  const { opening } = openingWhenNeeded(project.open, Promise.resolve(earlyReader(true)), 50);
  await opening;
  assert.equal(project.opened, 1);
  assert.ok(performance.now() - started >= 45, 'not before its time');
});

test('closing before the project was needed opens it to close it, so nothing waits for ever', LIMIT, async () => {
  const project = countedProject();
  const early = Promise.resolve(earlyReader(true));
  const { opening, needed } = openingWhenNeeded(project.open, early, 60_000);
  const served = workbenchWhenOpen('/p', opening, early, needed);
  await served.close();
  assert.equal(project.opened, 1);
});
