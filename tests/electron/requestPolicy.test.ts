import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedRequestUrl, isAppPageUrl } from '../../src-main/electron/requestPolicy';
import { appIndexUrl, appOrigin } from '../../src-main/electron/appScheme';

test('requests that stay on the machine are allowed', () => {
  for (const url of [
    appIndexUrl,
    'qarin://app/assets/index-abc.js',
    'data:font/woff2;base64,AAAA',
    'blob:qarin://app/1234',
    'devtools://devtools/bundled/inspector.html',
  ]) {
    assert.equal(isAllowedRequestUrl(url), true, url);
  }
});

test('every request that could reach a network is refused', () => {
  for (const url of [
    'http://example.com/',
    'https://example.com/x.js',
    'ws://example.com/',
    'wss://127.0.0.1:1/',
    'ftp://example.com/',
    'http://127.0.0.1:5173/',
    'chrome-extension://abc/x.js',
    'not a url',
  ]) {
    assert.equal(isAllowedRequestUrl(url), false, url);
  }
});

test('file: requests are refused: the page is served on the app scheme and must never read local files', () => {
  for (const url of [
    'file:///etc/passwd',
    'file:///home/user/.ssh/id_ed25519',
    'FILE:///C:/Windows/win.ini',
    'file://server/share/x',
  ]) {
    assert.equal(isAllowedRequestUrl(url), false, url);
    assert.equal(isAllowedRequestUrl(url, 'http://localhost:5173'), false, url);
  }
});

test('under electron-vite dev only the dev server (page and hot-reload socket) is added', () => {
  const dev = 'http://localhost:5173';
  assert.equal(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev), true);
  assert.equal(isAllowedRequestUrl('ws://localhost:5173/', dev), true);
  assert.equal(isAllowedRequestUrl('http://localhost:5174/', dev), false);
  assert.equal(isAllowedRequestUrl('http://example.com/', dev), false);
});

test('only the app page is the app page', () => {
  assert.equal(isAppPageUrl(appIndexUrl, appOrigin), true);
  assert.equal(isAppPageUrl('qarin://app/index.html#/document/1', appOrigin), true);
  assert.equal(isAppPageUrl('qarin://other/index.html', appOrigin), false);
  assert.equal(isAppPageUrl('https://example.com/', appOrigin), false);
  assert.equal(isAppPageUrl('file:///work/main/out/renderer/index.html', appOrigin), false);
  assert.equal(isAppPageUrl('http://localhost:5173/', appOrigin), false);
  assert.equal(isAppPageUrl('http://localhost:5173/', appOrigin, 'http://localhost:5173'), true);
});
