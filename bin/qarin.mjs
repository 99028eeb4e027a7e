#!/usr/bin/env node
// The command line runs from the build (out/main/cli.js, made by `npm run build` with the app's main
// process), so it starts in a fraction of a second and needs no dev dependency. Inside the repository,
// when there is no build or the sources changed since it was made, it runs the TypeScript sources
// through tsx instead, and says so on a terminal.
// This launcher is also where transports meet: the command line may not import the HTTP server
// (DESIGN.md, "Layers"), so `qarin serve` gets it from here, loaded only when it is used.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const built = fileURLToPath(new URL('out/main/cli.js', root));
const sources = fileURLToPath(new URL('src-main/', root));
/** What the build is made of besides src-main: helpers it shares with the renderer. */
const sharedSources = fileURLToPath(new URL('src-shared/', root));
const rendererDir = fileURLToPath(new URL('out/renderer', root));

/**
 * The newest modification time of any file under `folder`, or 0 when there is none. Walked a folder
 * at a time: Node 20's recursive readdir costs a third of this check, which every command pays.
 */
function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why the build cannot be used, or undefined when it can. Without sources (an install), it always can. */
function reasonToRunSources() {
  if (!existsSync(built)) return existsSync(sources) ? `${built} does not exist` : undefined;
  if (!existsSync(sources)) return undefined;
  const builtAt = statSync(built).mtimeMs;
  if (newestChange(sources) > builtAt) return `src-main changed after ${built} was built`;
  if (existsSync(sharedSources) && newestChange(sharedSources) > builtAt) {
    return `src-shared changed after ${built} was built`;
  }
  return undefined;
}

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
