import { resolve } from 'node:path';
import { invoke } from '../../api/dispatch';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import { visibleText } from '../visibleText';
import { annotationCallFailure } from './annotationCallFailure';

/** `qarin import-project FILE.qdpx`: a REFI-QDA project, all or nothing; exit 1 when it is refused. */
export async function importProjectCommand(context: CliContext): Promise<number> {
  const { options, messages, stdout } = context;
  const file = options.args[0];
  if (file === undefined) throw new CliError(messages.missingArgument('FILE.qdpx'), 1);
  const workbench = await context.openWorkbench();
  try {
    const result = await invoke(workbench.handlers, 'project.importQdpx', { path: resolve(file) }).catch(
      (error: unknown) => {
        throw annotationCallFailure(error, messages.language);
      },
    );
    if (options.json) {
      writeLine(stdout, JSON.stringify(result, null, 2));
    } else {
      for (const name of result.skippedSources) writeLine(stdout, messages.skippedSource(visibleText(name)));
      for (const { source, reading } of result.lineEnds) {
        writeLine(stdout, messages.lineEndReading(visibleText(source), reading === 'crlf-as-two'));
      }
      writeLine(stdout, messages.projectImported(result));
    }
    return 0;
  } finally {
    await workbench.close();
  }
}
