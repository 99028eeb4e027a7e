import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { rmSync } from 'node:fs';
import { startServer, type RunningServer } from '../../src-main/server/startServer';
import { createRecordingWorkbench } from '../helpers/recordingWorkbench';
import { makeRendererFolder } from './rendererFolder';

let rendererDir: string;
let server: RunningServer;

before(async () => {
  rendererDir = makeRendererFolder();
  server = await startServer({ workbench: createRecordingWorkbench(), rendererDir, host: '127.0.0.1' });
});

after(async () => {
  await server.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** Holds this thread, as opening a large project holds the served process's main thread. */
function holdThread(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Asks for the settings on `agent`'s connection; `whenSent` runs once the request is handed to the system. */
function askSettings(agent: Agent, whenSent: () => void = () => undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        agent,
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/call/settings.get',
        headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    call.on('error', reject);
    call.on('finish', whenSent);
    call.end('{}');
  });
}

test('a call sent on a kept-alive connection is answered even when the process was held for seconds first', async () => {
  // Under load, opening a four-times-ANT project held the main thread for up to 15 s. A call the
  // page had sent meanwhile found its connection closed by the keep-alive timer (5 s by default),
  // which fires before the waiting request is read: the page got a reset instead of an answer.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    assert.equal(await askSettings(agent), 200);
    assert.equal(await askSettings(agent, () => holdThread(6_000)), 200);
  } finally {
    agent.destroy();
  }
});
