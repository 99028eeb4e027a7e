import { invoke } from '../../api/dispatch';
import type { BackupSummary } from '../../services/persistence/DurableJsonStore';
import { openLibraryStore } from '../../services/project/projectStores';
import { restoreLibraryBackup } from '../../services/project/restoreLibrary';
import { projectLayout } from '../../services/project/projectLayout';
import { CliError } from '../cliError';
import { writeLine, type CliContext } from '../cliContext';
import { visibleText } from '../visibleText';

const TARGETS = ['library', 'annotations'] as const;
type Target = (typeof TARGETS)[number];

interface ListedBackup {
  name: string;
  takenAt: string;
  problem: string | null;
}

const listed = (backup: BackupSummary): ListedBackup => ({
  name: backup.name,
  takenAt: backup.takenAt.toISOString(),
  problem: backup.problem,
});

/**
 * `qarin restore [library|annotations [BACKUP]]`: the way back from a damaged project file. The
 * library is restored without opening the project, since a damaged library is exactly what keeps it
 * from opening; annotations go through the project, which opens with them damaged.
 */
export async function restoreCommand(context: CliContext): Promise<number> {
  const { options, messages, stdout } = context;
  const [target, name] = options.args;
  if (target !== undefined && !TARGETS.includes(target as Target)) {
    throw new CliError(messages.restoreTargetUnknown(target), 1);
  }
  const library = openLibraryStore(projectLayout(context.projectDir));

  if (target === undefined) {
    const libraryBackups = (await library.listBackups()).map(listed);
    const workbench = await context.openWorkbench().catch(() => undefined);
    const annotationBackups = workbench
      ? (await invoke(workbench.handlers, 'annotations.backups', {})).backups.map((backup) => ({
          name: backup.name,
          takenAt: backup.takenAt,
          problem: backup.readable ? null : (backup.problem ?? ''),
        }))
      : [];
    await workbench?.close();
    if (options.json) {
      writeLine(stdout, JSON.stringify({ library: libraryBackups, annotations: annotationBackups }));
      return 0;
    }
    for (const [file, backups] of [
      ['library.json', libraryBackups],
      ['annotations.json', annotationBackups],
    ] as const) {
      writeLine(stdout, messages.backupsOf(file, backups.length));
      for (const backup of backups)
        writeLine(stdout, visibleText(messages.backupLine(backup.name, backup.takenAt, backup.problem)));
    }
    return 0;
  }

  if (target === 'library') {
    const restored = await restoreLibraryBackup(context.projectDir, name);
    if (restored === null) throw new CliError(messages.noGoodBackup('library.json'), 1);
    writeLine(stdout, visibleText(messages.restored('library.json', restored.restored.name, restored.setAsidePath)));
    return 0;
  }

  const workbench = await context.openWorkbench();
  try {
    const { backups } = await invoke(workbench.handlers, 'annotations.backups', {});
    const backupName = name ?? backups.find((backup) => backup.readable)?.name;
    if (backupName === undefined) throw new CliError(messages.noGoodBackup('annotations.json'), 1);
    const outcome = await invoke(workbench.handlers, 'annotations.restoreBackup', { name: backupName });
    const setAside = outcome.setAside.length > 0 ? outcome.setAside.join(', ') : null;
    writeLine(stdout, visibleText(messages.restored('annotations.json', outcome.restored ?? backupName, setAside)));
    return 0;
  } finally {
    await workbench.close();
  }
}
