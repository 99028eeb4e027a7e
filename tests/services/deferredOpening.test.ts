// `qarin serve` holds back opening the project while early answers serve the first screen, and
// opens it as soon as anything needs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventHub } from '../../src-main/api/eventHub';
import type { ApiHandlers } from '../../src-main/api/dispatch';
import { deferOpening } from '../../src-main/services/deferredOpening';
import type { EarlyAnswers } from '../../src-main/services/earlyAnswers';
import type { Workbench } from '../../src-main/services/workbench';
import { workbenchWhenOpen } from '../../src-main/services/workbenchWhenOpen';

const QUIET_MS = 40;
/** Long enough that no test passes by waiting for it, unless it says so. */
const LONG_MS = 60_000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A project whose opening is counted, and an early reader that answers `settings.get` (asked
 * `{ slow: true }`, after `earlyAnswerMs`) and `search.query` by throwing, and leaves every other
 * call to the project.
 */
function deferredProject(options: { early?: boolean; latestMs?: number; earlyAnswerMs?: number } = {}) {
  let opened = 0;
  const project: Workbench = {
    projectDir: '/p',
    handlers: {
      'project.info': async () => ({ from: 'project' }),
      'settings.get': async () => ({ from: 'project' }),
    } as unknown as ApiHandlers,
    events: new EventHub(),
    close: async () => undefined,
  };
  const deferred = deferOpening(async () => {
    opened++;
    return project;
  }, options.latestMs ?? LONG_MS);
  const early: EarlyAnswers = {
    answer: async (method, input) => {
      if (method === 'search.query') throw new Error('tables unreadable');
      if (method !== 'settings.get') return undefined;
      if ((input as { slow?: boolean }).slow) await wait(options.earlyAnswerMs ?? 0);
      return { answer: { from: 'early' } };
    },
    close: async () => undefined,
  };
  const reader = options.early === false ? undefined : Promise.resolve(early);
  const served = workbenchWhenOpen('/p', deferred, reader, QUIET_MS);
  return { served, opened: () => opened };
}

test('the first screen’s calls are answered early, and the project opens once they have gone quiet', async () => {
  const { served, opened } = deferredProject();
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(await served.handlers['settings.get']({}), { from: 'early' });
    await wait(QUIET_MS / 4);
  }
  assert.equal(opened(), 0, 'not while calls keep coming');
  await wait(QUIET_MS * 2);
  assert.equal(opened(), 1);
  await served.close();
});

test('the quiet period waits for early answers still being given', async () => {
  const { served, opened } = deferredProject({ earlyAnswerMs: QUIET_MS * 3 });
  const slow = served.handlers['settings.get']({ slow: true } as never);
  assert.deepEqual(await served.handlers['settings.get']({}), { from: 'early' }, 'a quick one, answered meanwhile');
  await wait(QUIET_MS * 2);
  assert.equal(opened(), 0, 'an answer is still on its way');
  await slow;
  await wait(QUIET_MS * 2);
  assert.equal(opened(), 1);
  await served.close();
});

test('an early answer that fails still lets the quiet period start the opening', async () => {
  const { served, opened } = deferredProject();
  await assert.rejects(served.handlers['search.query']({ query: 'حفتر', offset: 0, limit: 20 }), /tables unreadable/);
  await wait(QUIET_MS * 2);
  assert.equal(opened(), 1);
  await served.close();
});

test('a call the early answers cannot give opens the project at once', async () => {
  const { served, opened } = deferredProject();
  const call = served.handlers['project.info']({});
  await wait(0);
  assert.equal(opened(), 1, 'opened as the call came, not at some limit');
  assert.deepEqual(await call, { from: 'project' });
  await served.close();
});

test('without an early reader the project opens at once', async () => {
  const { served, opened } = deferredProject({ early: false });
  await wait(0);
  assert.equal(opened(), 1);
  await served.close();
});

test('with no call at all, the project opens at the latest', async () => {
  const { served, opened } = deferredProject({ latestMs: QUIET_MS * 4 });
  await wait(QUIET_MS * 2);
  assert.equal(opened(), 0, 'no call, no quiet period begun: it waits');
  await wait(QUIET_MS * 4);
  assert.equal(opened(), 1);
  await served.close();
});

test('closing a project never opened opens it to close it', async () => {
  const { served, opened } = deferredProject();
  const closing = served.close();
  await wait(0);
  assert.equal(opened(), 1);
  await closing;
});
