import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as electronChannels from '../../src-main/electron/ipcChannels';
import * as preloadChannels from '../../src-main/preload/ipcChannels';
import { contentSecurityPolicy as desktopPolicy } from '../../src-main/electron/contentSecurityPolicy';
import { contentSecurityPolicy as browserPolicy } from '../../src-main/server/contentSecurityPolicy';

// Transports may not import each other, so each keeps its own copy; these must never drift.
test('main and the preload use the same IPC channels', () => {
  assert.deepEqual({ ...preloadChannels }, { ...electronChannels });
});

test('the desktop app and the browser mode send the same Content-Security-Policy', () => {
  assert.equal(desktopPolicy, browserPolicy);
});

test('the policy allows only the app itself: no remote origin, no inline script, no eval', () => {
  const directives = new Map(
    desktopPolicy.split(';').map((part) => {
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
