import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';

/** `qarin serve`: the workbench in a browser, on 127.0.0.1 only, behind a token printed in the URL. */
export async function serveCommand(context: CliContext): Promise<number> {
  // The renderer as electron-vite builds it; the browser mode serves the very same files.
  const { rendererDir } = context.transports;
  const allowImportFrom = context.options.allowImportFrom.map((folder) => resolve(folder));
  for (const folder of allowImportFrom) {
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      throw new CliError(context.messages.notAFolder('--allow-import-from', folder), 1);
    }
  }
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new CliError(context.messages.interfaceNotBuilt(rendererDir), 1);
  }
  const workbench = await context.openWorkbench();
  const server = await context.transports.startBrowserMode({
    workbench,
    port: context.options.port ?? 0,
    rendererDir,
    allowImportFrom,
  });
  writeLine(context.stdout, context.messages.serving(server.url));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await workbench.close();
  return 0;
}
