import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';

type Log = (line: string) => void;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/**
 * REFI-QDA exchange of a whole project: the .qdpx export of the project at `projectDir` (after the
 * annotations section it holds the ANT corpus and 10,000 highlights) and its import into a fresh
 * project. Targets (issue 11): export <= 15 s, import <= 30 s. Printed, never asserted.
 */
export async function benchQdpx(projectDir: string, log: Log): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'qarin-bench-qdpx-'));
  try {
    const source = await openWorkbench({ projectDir, preloadSearch: false });
    let file: string;
    try {
      const { documentCount } = await invoke(source.handlers, 'project.info', {});
      const { total } = await invoke(source.handlers, 'annotations.list', { limit: 1 });
      const exported = await timed(() => invoke(source.handlers, 'annotations.export', { format: 'qdpx' }));
      file = join(scratch, exported.value.filename);
      const bytes = Buffer.from(exported.value.content, 'base64');
      writeFileSync(file, bytes);
      log(
        `qdpx export: ${documentCount} reports, ${total} highlights: ${(exported.ms / 1000).toFixed(2)} s ` +
          `(target <= 15 s), ${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
      );
    } finally {
      await source.close();
    }
    const target = await openWorkbench({ projectDir: join(scratch, 'imported') });
    try {
      const imported = await timed(() => invoke(target.handlers, 'project.importQdpx', { path: file }));
      const result = imported.value;
      log(
        `qdpx import into a fresh project: ${result.reportsAdded} reports, ${result.highlights} highlights, ` +
          `${result.codesCreated} codes, ${result.memos} memos: ${(imported.ms / 1000).toFixed(2)} s (target <= 30 s)`,
      );
    } finally {
      await target.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
