import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { DEFAULT_MAX_IMPORT_BYTES } from '../src-main/core/import/parseFile';
import { prepareFile, type PreparedFile } from '../src-main/services/import/prepareFile';
import { TextStore } from '../src-main/services/project/textStore';

/**
 * What one import worker spends a file on, in one thread with nothing else running: reading and
 * preparing every file of a corpus (`prepareFile`), storing the texts in groups as the worker does,
 * and serializing the groups as posting them does. Prints the CPU time of each part, and a digest of
 * every prepared file, so a change to the preparation can be shown to leave its results as they were.
 *
 *   node --import tsx bench/importWorkerBench.ts <corpus folder> [rounds]
 */
const FILES_PER_GROUP = 64;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

async function round(paths: string[]): Promise<void> {
  const digest = createHash('sha256');
  const textsDir = mkdtempSync(join(tmpdir(), 'qarin-worker-bench-'));
  const texts = new TextStore(textsDir);
  let prepareMs = 0;
  let storeMs = 0;
  let serializeMs = 0;
  const wallStart = performance.now();
  try {
    for (let first = 0; first < paths.length; first += FILES_PER_GROUP) {
      const group: PreparedFile[] = [];
      let since = process.cpuUsage();
      for (const path of paths.slice(first, first + FILES_PER_GROUP)) {
        group.push(await prepareFile(path, DEFAULT_MAX_IMPORT_BYTES));
      }
      prepareMs += cpuMs(since);
      since = process.cpuUsage();
      texts.writeMany(group.flatMap((file) => file.documents));
      storeMs += cpuMs(since);
      since = process.cpuUsage();
      serialize(group);
      serializeMs += cpuMs(since);
      for (const file of group) digest.update(JSON.stringify(file));
    }
  } finally {
    rmSync(textsDir, { recursive: true, force: true });
  }
  const wallMs = performance.now() - wallStart;
  const total = prepareMs + storeMs + serializeMs;
  console.log(
    `${paths.length} files: cpu ${total.toFixed(0)} ms (prepare ${prepareMs.toFixed(0)}, store ${storeMs.toFixed(0)}, ` +
      `serialize ${serializeMs.toFixed(0)}), wall ${wallMs.toFixed(0)} ms, results ${digest.digest('hex').slice(0, 16)}`,
  );
}

const [corpus, rounds = '1'] = process.argv.slice(2);
if (!corpus) throw new Error('usage: importWorkerBench.ts <corpus folder> [rounds]');
const paths = filesUnder(corpus);
for (let n = 0; n < Number(rounds); n++) await round(paths);
