import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

// Each layer's import rule in eslint.config.js, proved on probe files that are linted but never written:
// a rule weakened or a folder dropped from the config makes one of these refusals pass.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  assert.ok(result, `no lint result for ${filePath}`);
  const other = result.messages.filter((message) => message.ruleId !== '@typescript-eslint/no-restricted-imports');
  assert.deepEqual(other, [], `${filePath}: unexpected lint messages`);
  return result.messages.map((message) => `${message.line}: ${message.message}`);
}

async function assertRefused(filePath: string, importLine: string): Promise<void> {
  const messages = await restrictedImports(filePath, `${importLine}\n`);
  assert.ok(messages.length > 0, `${filePath} must refuse: ${importLine}`);
}

async function assertAccepted(filePath: string, importLines: string[]): Promise<void> {
  assert.deepEqual(await restrictedImports(filePath, `${importLines.join('\n')}\n`), [], filePath);
}

const wrongWayImports: Array<[string, string]> = [
  ['src-main/core/export/probe.ts', "import { createHash } from 'node:crypto';"],
  ['src-main/core/probe.ts', "import { readFileSync } from 'fs';"],
  ['src-main/core/probe.ts', "import { openWorkbench } from '../services/openWorkbench';"],
  ['src-main/core/export/probe.ts', "import type { MethodName } from '../../api/types';"],
  ['src-main/core/probe.ts', "import { app } from 'electron';"],
  ['src-main/core/probe.ts', "import { createRoot } from 'react-dom/client';"],
  ['src-main/core/probe.ts', "import { App } from '../../src-renderer/app/App';"],
  ['src-main/api/probe.ts', "import { openWorkbench } from '../services/openWorkbench';"],
  ['src-main/api/probe.ts', "import { readFile } from 'node:fs/promises';"],
  ['src-main/api/probe.ts', "import { startServer } from '../server/startServer';"],
  ['src-main/services/probe.ts', "import { app } from 'electron';"],
  ['src-main/services/search/probe.ts', "import { startServer } from '../../server/startServer';"],
  ['src-main/services/probe.ts', "import { main } from '../cli/main';"],
  ['src-main/electron/probe.ts', "import { startServer } from '../server/startServer';"],
  ['src-main/electron/probe.ts', "import { main } from '../cli/main';"],
  ['src-main/electron/probe.ts', "import { callChannel } from '../preload/ipcChannels';"],
  ['src-main/server/probe.ts', "import { registerIpcBridge } from '../electron/ipcBridge';"],
  ['src-main/server/probe.ts', "import { main } from '../cli/main';"],
  ['src-main/server/probe.ts', "import { app } from 'electron';"],
  ['src-main/cli/probe.ts', "import { startServer } from '../server/startServer';"],
  ['src-main/cli/commands/probe.ts', "import { callChannel } from '../../electron/ipcChannels';"],
  ['src-main/cli/probe.ts', "import { app } from 'electron';"],
  ['src-main/preload/probe.ts', "import { callChannel } from '../electron/ipcChannels';"],
  ['src-main/preload/probe.ts', "import { contract } from '../api/contract';"],
  ['src-main/preload/probe.ts', "import { readFileSync } from 'node:fs';"],
  ['src-main/preload/probe.ts', "import { z } from 'zod';"],
  ['src-renderer/probe.ts', "import { contract } from '../src-main/api/contract';"],
  ['src-renderer/search/probe.tsx', "import type { Code } from '../../src-main/core/annotations/code';"],
  ['src-renderer/search/probe.ts', "import { countWords } from '../../src-main/core/text/countWords';"],
  ['src-shared/probe.ts', "import { analyze } from '../src-main/core/arabic/analyze';"],
  ['src-shared/probe.ts', "import { readFileSync } from 'node:fs';"],
  ['src-renderer/search/probe.ts', "import { analyze } from '../../src-main/core/arabic/analyze';"],
  ['src-renderer/search/probe.ts', "import { openWorkbench } from '../../src-main/services/openWorkbench';"],
  ['src-renderer/probe.ts', "import { readFile } from 'node:fs/promises';"],
  ['src-renderer/probe.ts', "import { ipcRenderer } from 'electron';"],
];

test('every layer refuses a wrong-way import', async () => {
  for (const [filePath, importLine] of wrongWayImports) await assertRefused(filePath, importLine);
});

test('every layer accepts the imports its place in the layers allows', async () => {
  await assertAccepted('src-main/core/export/probe.ts', [
    "import { z } from 'zod';",
    "import JSZip from 'jszip';",
    "import type { Span } from '../text/span';",
  ]);
  await assertAccepted('src-main/api/probe.ts', [
    "import { z } from 'zod';",
    "import { CodeSchema } from '../core/annotations/code';",
  ]);
  await assertAccepted('src-main/services/search/probe.ts', [
    "import { readFile } from 'node:fs/promises';",
    "import { contract } from '../../api/contract';",
    "import { normalizeArabic } from '../../core/arabic';",
  ]);
  await assertAccepted('src-main/electron/probe.ts', [
    "import { app } from 'electron';",
    "import { openWorkbench } from '../services/openWorkbench';",
    "import { dispatch } from '../api/dispatch';",
  ]);
  await assertAccepted('src-main/preload/probe.ts', [
    "import { ipcRenderer } from 'electron';",
    "import type { MethodName } from '../api/types';",
    "import { callChannel } from './ipcChannels';",
  ]);
  await assertAccepted('src-renderer/search/probe.tsx', [
    "import { useState } from 'react';",
    "import type { MethodName } from '../../src-main/api/types';",
    "import type { QarinBridge } from '../../src-main/preload/bridge';",
    "import { arabicCount } from '../../src-shared/arabicCount';",
  ]);
});
