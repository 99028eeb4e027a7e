import { invoke } from '../../api/dispatch';
import { runImport } from '../../services/runImport';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import { createProgressBar } from '../progressBar';
import { visibleMessage, visibleText } from '../visibleText';

/** `qarin import PATH…`: exit 0, or 2 when some files failed. Ctrl+C cancels and keeps what was read. */
export async function importCommand(context: CliContext): Promise<number> {
  const { options, messages, stdout, stderr } = context;
  if (options.args.length === 0) throw new CliError(messages.missingArgument('PATH'), 1);
  const workbench = await context.openWorkbench();
  const bar = createProgressBar(stderr, messages.progress);
  let cancel = () => {};
  process.on('SIGINT', () => cancel());
  let report;
  try {
    report = await runImport(workbench, options.args, {
      maxFileBytes: options.maxFileBytes,
      onProgress: (progress) => bar.update(progress.done, progress.total),
      onStarted: (jobId) => (cancel = () => void invoke(workbench.handlers, 'import.cancel', { jobId })),
    });
  } finally {
    // Also when the import is refused: the search worker would otherwise keep the process alive.
    bar.finish();
    await workbench.close();
  }

  if (options.json) {
    writeLine(stdout, JSON.stringify(report, null, 2));
  } else {
    for (const duplicate of report.duplicates) {
      writeLine(stdout, messages.duplicateOf(visibleText(duplicate.path), duplicate.duplicateOf));
    }
    for (const warning of report.warnings) {
      writeLine(
        stdout,
        messages.warningLine(
          visibleText(warning.path),
          warning.warnings.map(({ kind }) => kind),
        ),
      );
    }
    for (const error of report.errors) {
      writeLine(stderr, messages.errorLine(visibleText(error.path), visibleMessage(error.reason[messages.language])));
    }
    if (report.cancelled) writeLine(stdout, messages.importCancelled);
    writeLine(
      stdout,
      messages.importSummary({
        added: report.added.length,
        updated: report.updated.length,
        unchanged: report.unchanged,
        duplicates: report.duplicates.length,
        errors: report.errors.length,
        warnings: report.warnings.length,
      }),
    );
  }
  return report.errors.length > 0 ? 2 : 0;
}
