import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rendererFilePath } from '../../src-main/electron/rendererFilePath';
import { rendererContentType } from '../../src-main/services/rendererFiles/rendererContentType';

const dir = '/app/out/renderer';

test('app-scheme URLs name files of the built renderer', () => {
  assert.equal(rendererFilePath('qarin://app/', dir), join(dir, 'index.html'));
  assert.equal(rendererFilePath('qarin://app/index.html?x=1#top', dir), join(dir, 'index.html'));
  assert.equal(rendererFilePath('qarin://app/assets/index-abc.js', dir), join(dir, 'assets', 'index-abc.js'));
  assert.equal(rendererFilePath('qarin://app/assets/%D8%AE%D8%B7.woff2', dir), join(dir, 'assets', 'خط.woff2'));
});

test('nothing outside the renderer folder is ever named, however the path climbs', () => {
  for (const url of [
    'qarin://app/../package.json',
    'qarin://app/%2e%2e/%2e%2e/package.json',
    'qarin://app/assets/..%2f..%2fmain%2findex.js',
    'qarin://app/..%5c..%5cmain%5cindex.js',
  ]) {
    const path = rendererFilePath(url, dir);
    assert.ok(path === undefined || path.startsWith(dir + '/'), `${url} -> ${path}`);
  }
  assert.equal(rendererFilePath('qarin://app/assets/..%2f..%2fmain%2findex.js', dir), undefined);
});

test('another host, a NUL byte or a malformed escape names nothing', () => {
  for (const url of ['qarin://elsewhere/index.html', 'qarin://app/a%00.js', 'qarin://app/%E0%A4%A']) {
    assert.equal(rendererFilePath(url, dir), undefined, url);
  }
});

test('module scripts, styles and fonts get their real types', () => {
  assert.match(rendererContentType('a.js'), /^text\/javascript/);
  assert.match(rendererContentType('a.css'), /^text\/css/);
  assert.match(rendererContentType('index.html'), /^text\/html/);
  assert.equal(rendererContentType('f.woff2'), 'font/woff2');
  assert.equal(rendererContentType('unknown.bin'), 'application/octet-stream');
});
