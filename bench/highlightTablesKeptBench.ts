import { invoke } from '../src-main/api/dispatch';
import { openWorkbench } from '../src-main/services/openWorkbench';
import { HIGHLIGHT_TABLES_QUIET_MS } from '../src-main/services/search/highlightTablesKeeper';
import { qarinBin } from './builtCommandLine';
import { measure, summary, type Run } from './cliBench';
import type { Log } from './importBench';

const ROUNDS = 3;

/**
 * The first `qarin search --json` after a highlight is saved in the app, which keeps the
 * highlights' tables once the annotations are quiet (HighlightTablesKeeper): the project opened
 * here as the app opens it, one highlight saved, the tables kept, then the command. Also how long
 * the keeping took after the change. The highlights saved are deleted at the end.
 */
export async function benchHighlightTablesKept(projectDir: string, log: Log): Promise<void> {
  const workbench = await openWorkbench({ projectDir, keepHighlightTables: {} });
  const keptAfterMs: number[] = [];
  const searches: Run[] = [];
  const made: string[] = [];
  try {
    const [report] = (await invoke(workbench.handlers, 'search.query', { query: 'حفتر', limit: 1 })).hits;
    if (!report) return log('(no report holds حفتر: the kept highlights tables are not measured)');
    for (let round = 0; round < ROUNDS; round++) {
      const changed = performance.now();
      const highlight = await invoke(workbench.handlers, 'annotations.create', {
        docId: report.id,
        start: round * 10,
        end: round * 10 + 8,
        codeIds: [],
        note: 'حفتر',
      });
      made.push(highlight.id);
      await workbench.highlightTablesKept?.();
      keptAfterMs.push(performance.now() - changed);
      searches.push(measure(process.execPath, [qarinBin, 'search', 'حفتر', '--json', '--project', projectDir]));
    }
  } finally {
    for (const id of made) await invoke(workbench.handlers, 'annotations.delete', { id });
    await workbench.highlightTablesKept?.();
    await workbench.close();
  }
  const kept = keptAfterMs.map((ms) => (ms / 1000).toFixed(2)).join(' / ');
  log(
    `highlights' tables kept by the app after a highlight is saved: ${kept} s after the change (${HIGHLIGHT_TABLES_QUIET_MS / 1000} s of quiet, then a worker reads and indexes them)`,
  );
  log(
    summary(
      'qarin search حفتر --json (build, the first after a highlight saved in the app, which kept the tables)',
      searches,
      ' (target <= 0.3 s)',
    ),
  );
}
