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
const LATEST_MS = 400;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A project whose opening is counted, and an early reader that answers `settings.get` only. */
function deferredProject(options: { early?: boolean } = {}) {
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
  }, LATEST_MS);
  const early: EarlyAnswers = {
    answer: async (method) => (method === 'settings.get' ? { answer: { from: 'early' } } : undefined),
    close: async () => undefined,
  };
  const served = workbenchWhenOpen(
    '/p',
    deferred,
    Promise.resolve(options.early === false ? undefined : early),
    QUIET_MS,
  );
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

test('a call the early answers cannot give opens the project at once', async () => {
  const { served, opened } = deferredProject();
  assert.deepEqual(await served.handlers['project.info']({}), { from: 'project' });
  assert.equal(opened(), 1);
  await served.close();
});

test('without an early reader the project opens at once, and with no call at the latest', async () => {
  const alone = deferredProject({ early: false });
  await wait(0);
  assert.equal(alone.opened(), 1);
  await alone.served.close();

  const idle = deferredProject();
  await wait(LATEST_MS / 2);
  assert.equal(idle.opened(), 0, 'no call, no quiet period begun: it waits');
  await wait(LATEST_MS);
  assert.equal(idle.opened(), 1);
  await idle.served.close();
});

test('closing a project never opened opens it to close it', async () => {
  const { served, opened } = deferredProject();
  await served.close();
  assert.equal(opened(), 1);
});
