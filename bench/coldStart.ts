import { invoke } from '../src-main/api/dispatch';
import { openWorkbench } from '../src-main/services/openWorkbench';

/** Child process of the cold-start benchmark: prints one JSON line of figures. */
const projectDir = process.argv[2];
if (!projectDir) throw new Error('usage: coldStart.ts PROJECT_DIR');
const started = performance.now();
const workbench = await openWorkbench({ projectDir });
const opened = performance.now();
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
