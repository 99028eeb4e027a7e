import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The `electronFuses:` block of electron-builder.yml, as key → boolean (a flat block of `key: true|false`). */
function configuredFuses(): Record<string, boolean> {
  const lines = readFileSync(`${root}electron-builder.yml`, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === 'electronFuses:');
  assert.notEqual(start, -1, 'electron-builder.yml has an electronFuses block');
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (!/^\s/.test(line) || line.trim() === '') break;
    const match = /^\s+([A-Za-z]+):\s*(true|false)\s*(#.*)?$/.exec(line);
    assert.ok(match, `not a fuse setting: ${line}`);
    fuses[match[1]!] = match[2] === 'true';
  }
  return fuses;
}

test('the packaged binary is built with every hardening fuse set', () => {
  const fuses = configuredFuses();
  assert.deepEqual(
    {
      grantFileProtocolExtraPrivileges: fuses.grantFileProtocolExtraPrivileges,
      runAsNode: fuses.runAsNode,
      enableNodeOptionsEnvironmentVariable: fuses.enableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: fuses.enableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: fuses.enableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: fuses.onlyLoadAppFromAsar,
    },
    {
      grantFileProtocolExtraPrivileges: false,
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    },
  );
});

test('the installed electron-builder knows every fuse the configuration sets (an unknown one would be ignored)', () => {
  const scheme = JSON.parse(readFileSync(`${root}node_modules/app-builder-lib/scheme.json`, 'utf8')) as {
    definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
  };
  const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
  for (const name of Object.keys(configuredFuses()))
    assert.ok(known.includes(name), `${name} is not a fuse electron-builder sets`);
});
