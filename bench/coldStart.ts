import { invoke } from '../src-main/api/dispatch';
import { openWorkbench } from '../src-main/services/openWorkbench';

/**
 * Child process of the cold-start benchmark: prints one JSON line of figures. With IDLE_MS, the
 * first query waits that long after the project opened, as a user's first search does.
 */
const [projectDir, idleMs = '0'] = process.argv.slice(2);
if (!projectDir) throw new Error('usage: coldStart.ts PROJECT_DIR [IDLE_MS]');
const started = performance.now();
const workbench = await openWorkbench({ projectDir });
let opened = performance.now();
if (Number(idleMs) > 0) {
  await new Promise((resolve) => setTimeout(resolve, Number(idleMs)));
  opened = performance.now();
}
const result = await invoke(workbench.handlers, 'search.query', { query: 'الحكومة السورية', limit: 20 });
const answered = performance.now();
const cpu = process.cpuUsage();
const residentMb = process.memoryUsage().rss / 1024 / 1024;
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
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
