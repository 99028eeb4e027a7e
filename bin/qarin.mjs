#!/usr/bin/env node
// The command line runs from the build (out/main/cli.js, made by `npm run build` with the app's main
// process), so it starts in a fraction of a second and needs no dev dependency. Inside the repository,
// when there is no build or the sources changed since it was made, it runs the TypeScript sources
// through tsx instead, and says so on a terminal.
// This launcher is also where transports meet: the command line may not import the HTTP server
// (DESIGN.md, "Layers"), so `qarin serve` gets it from here, loaded only when it is used.
import { fileURLToPath } from 'node:url';
import { reasonToRunSources } from './buildFreshness.mjs';

const root = new URL('../', import.meta.url);
const rendererDir = fileURLToPath(new URL('out/renderer', root));

const reason = reasonToRunSources();
let cli;
let server;
if (reason === undefined) {
  cli = await import(new URL('out/main/cli.js', root).href);
  server = () => import(new URL('out/main/browserMode.js', root).href);
} else {
  if (process.stderr.isTTY) {
    process.stderr.write(
      `qarin: running from the sources through tsx (${reason}); "npm run build" makes it start fast.\n`,
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src-main/cli/main.ts');
  server = () => import('../src-main/server/startServer.ts');
}
process.exitCode = await cli.runCli(process.argv.slice(2), {
  rendererDir,
  startBrowserMode: async ({ workbench, port, rendererDir: served, allowImportFrom }) => {
    const { startServer } = await server();
    return startServer({ workbench, port, rendererDir: served, host: '127.0.0.1', allowImportFrom });
  },
});
