import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as electronChannels from '../../src-main/electron/ipcChannels';
import * as preloadChannels from '../../src-main/preload/ipcChannels';
import { contentSecurityPolicy } from '../../src-main/services/rendererFiles/contentSecurityPolicy';

// The preload is bundled alone and may import no code of main, so it keeps its own copy; they must never drift.
test('main and the preload use the same IPC channels', () => {
  assert.deepEqual({ ...preloadChannels }, { ...electronChannels });
});

test('the policy allows only the app itself: no remote origin, no inline script, no eval', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  assert.deepEqual(directives.get('script-src'), ["'self'"]);
  assert.deepEqual(directives.get('connect-src'), ["'self'"]);
  assert.deepEqual(directives.get('font-src'), ["'self'", 'data:']);
  for (const values of directives.values()) {
    for (const value of values) assert.doesNotMatch(value, /^(https?:|\*|'unsafe-eval')/, value);
  }
});
