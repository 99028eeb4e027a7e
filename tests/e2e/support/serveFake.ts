// Serves the built renderer over the real HTTP transport with the fake backend, for looking at the UI by hand.
import { join } from 'node:path';
import { startServer } from '../../../src-main/server/startServer';
import { ensureRendererBuilt, rendererOutDir, repoRoot } from './buildRenderer';
import { createFakeWorkbench } from './fakeWorkbench';

ensureRendererBuilt();
const server = await startServer({ workbench: createFakeWorkbench(join(repoRoot, 'seeds')), rendererDir: rendererOutDir, port: 0 });
console.log(server.url);
