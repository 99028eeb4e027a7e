import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { resolveAppLocations } from '../../src-main/electron/appLocations';

test('from source the seeds are the repository’s, and the bundles sit in out/', () => {
  const where = resolveAppLocations({
    bundleDir: '/repo/out/main',
    isPackaged: false,
    resourcesPath: '/electron/resources',
    userDataDir: '/home/u/.config/Qarin',
    env: {},
  });
  assert.equal(where.seedsDir, join('/repo', 'seeds'));
  assert.equal(where.rendererDir, join('/repo', 'out', 'renderer'));
  assert.equal(where.preloadPath, join('/repo', 'out', 'preload', 'index.cjs'));
  assert.equal(where.projectDir, join('/home/u/.config/Qarin', 'project'));
  assert.equal(where.windowStateFile, join('/home/u/.config/Qarin', 'window-state.json'));
});

test('packaged, the seeds are extra resources beside app.asar', () => {
  const where = resolveAppLocations({
    bundleDir: '/opt/Qarin/resources/app.asar/out/main',
    isPackaged: true,
    resourcesPath: '/opt/Qarin/resources',
    userDataDir: '/u',
    env: {},
  });
  assert.equal(where.seedsDir, join('/opt/Qarin/resources', 'seeds'));
  assert.equal(where.rendererDir, join('/opt/Qarin/resources/app.asar/out/renderer'));
});

test('QARIN_PROJECT_DIR opens another project, as it does for the command line', () => {
  const where = resolveAppLocations({
    bundleDir: '/repo/out/main',
    isPackaged: false,
    resourcesPath: '/r',
    userDataDir: '/u',
    env: { QARIN_PROJECT_DIR: '/tmp/p' },
  });
  assert.equal(where.projectDir, '/tmp/p');
});
