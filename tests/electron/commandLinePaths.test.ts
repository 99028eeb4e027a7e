import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { importablePathsFromArgv } from '../../src-main/electron/commandLinePaths';

const existing = new Set([resolve('/home/u/reports/a.txt'), resolve('/home/u/reports'), resolve('/abs/b.docx')]);
const exists = (path: string) => existing.has(path);

test('a packaged app imports every existing path after the executable, relative to the launch folder', () => {
  const argv = ['/opt/Qarin/qarin', 'a.txt', '/abs/b.docx', 'missing.txt'];
  assert.deepEqual(importablePathsFromArgv(argv, '/home/u/reports', { defaultApp: false, exists }), [
    resolve('/home/u/reports/a.txt'),
    resolve('/abs/b.docx'),
  ]);
});

test('run from source, the app entry is not a file to import', () => {
  const argv = ['/usr/lib/electron', '/home/u/reports', '--inspect=0', 'a.txt'];
  assert.deepEqual(importablePathsFromArgv(argv, '/home/u/reports', { defaultApp: true, exists }), [
    resolve('/home/u/reports/a.txt'),
  ]);
});

test("Chromium's switches in a second instance's argv are ignored, and duplicates collapse", () => {
  const argv = [
    '/opt/Qarin/qarin',
    '--allow-file-access-from-files',
    '--original-process-start-time=1',
    '/abs/b.docx',
    '/abs/b.docx',
  ];
  assert.deepEqual(importablePathsFromArgv(argv, '/', { defaultApp: false, exists }), [resolve('/abs/b.docx')]);
});
