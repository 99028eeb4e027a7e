import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import type { Workbench } from '../../services/workbench';
import { deferOpening, openingUnderWay } from '../../services/deferredOpening';
import { libraryListingPath } from '../../services/project/libraryListing';
import { projectLayout } from '../../services/project/projectLayout';
import { workbenchWhenOpen } from '../../services/workbenchWhenOpen';

/** At the latest this long after serve starts, its project opens, whatever calls come meanwhile. */
const OPEN_AT_THE_LATEST_MS = 3_000;

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
  // The server listens and the address is printed while the project opens, so the browser loads
  // the page meanwhile; calls made before the project is open are answered from what the project
  // keeps on disk when that gives the same answer, and otherwise wait for it. Started first, so
  // that its few small reads are not queued behind the library's; its code is loaded apart, so
  // that loading it does not hold up the server, which prints the address.
  const early = import('../../services/earlyAnswers').then(({ openEarlyAnswers }) =>
    openEarlyAnswers(context.projectDir),
  );
  // A project that keeps its first screen's answers (its library listing) opens once they have been
  // given, not against the page's own loading; one without opens at once, and may fail before its
  // address is printed.
  const project = existsSync(libraryListingPath(projectLayout(context.projectDir)))
    ? deferOpening(() => context.openWorkbench(), OPEN_AT_THE_LATEST_MS)
    : openingUnderWay(context.openWorkbench());
  const opening = project.opening;
  let failedToOpen = false;
  opening.catch(() => {
    failedToOpen = true;
  });
  let server: Awaited<ReturnType<typeof context.transports.startBrowserMode>>;
  try {
    server = await context.transports.startBrowserMode({
      workbench: workbenchWhenOpen(context.projectDir, project, early),
      port: context.options.port ?? 0,
      rendererDir,
      allowImportFrom,
    });
  } catch (error) {
    project.openNow();
    await opening.then((workbench) => workbench.close()).catch(() => undefined);
    throw error;
  }
  // A project that could not open by now gets its error alone, not an address that would not work.
  if (!failedToOpen) writeLine(context.stdout, context.messages.serving(server.url));
  let workbench: Workbench;
  try {
    workbench = await opening;
  } catch (error) {
    await server.close();
    throw error;
  }
  const keptCurrent = import('../../services/earlyAnswers')
    .then(({ keepEarlyAnswersCurrent }) => keepEarlyAnswersCurrent(workbench))
    // A listing not written only costs the next start its early answers: it is a cache.
    .catch(() => undefined);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await keptCurrent;
  await workbench.close();
  return 0;
}
