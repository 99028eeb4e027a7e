import { invoke } from '../src-main/api/dispatch';
import { openWorkbench } from '../src-main/services/openWorkbench';

/**
 * Child process of the cold-start benchmark: prints one JSON line of figures. With IDLE_MS, the
 * first query waits that long after the project opened, as a user's first search does. With
 * `keep-copy`, it opens as the app does, and before closing writes the library's parsed copy if
 * it was opened from its text (see ParsedCopy), untimed.
 */
const [projectDir, idleMs = '0', keepCopy] = process.argv.slice(2);
if (!projectDir) throw new Error('usage: coldStart.ts PROJECT_DIR [IDLE_MS] [keep-copy]');
const started = performance.now();
const workbench = await openWorkbench({
  projectDir,
  ...(keepCopy === 'keep-copy' && { keepLibraryCopy: { afterOpenMs: 0 } }),
});
let opened = performance.now();
if (Number(idleMs) > 0) {
  await new Promise((resolve) => setTimeout(resolve, Number(idleMs)));
  opened = performance.now();
}
const result = await invoke(workbench.handlers, 'search.query', { query: 'الحكومة السورية', limit: 20 });
const answered = performance.now();
const cpu = process.cpuUsage();
const residentMb = process.memoryUsage().rss / 1024 / 1024;
const peakMb = process.resourceUsage().maxRSS / 1024;
await workbench.libraryCopyKept?.();
await workbench.close();
console.log(
  JSON.stringify({
    openMs: opened - started,
    firstQueryMs: answered - opened,
    totalMs: answered,
    hits: result.total,
    // Every thread of the process, the search worker included.
    cpuMs: (cpu.user + cpu.system) / 1000,
    residentMb,
    peakMb,
  }),
);
