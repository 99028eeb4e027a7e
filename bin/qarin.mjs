#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so a clean clone needs no build step.
// This launcher is also where transports meet: the command line may not import the HTTP server
// (DESIGN.md, "Layers"), so `qarin serve` gets it from here, loaded only when it is used.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src-main/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  startBrowserMode: async ({ workbench, port, rendererDir, allowImportFrom }) => {
    const { startServer } = await import('../src-main/server/startServer.ts');
    return startServer({ workbench, port, rendererDir, host: '127.0.0.1', allowImportFrom });
  },
});
