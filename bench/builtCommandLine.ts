import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The command line as a user runs it: from the build, or through tsx when the build is stale. */
export const qarinBin = fileURLToPath(new URL('../bin/qarin.mjs', import.meta.url));
const builtCli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
/** What the build is made of, as bin/qarin.mjs checks it: the main process and what it shares with the renderer. */
const sourceFolders = ['../src-main/', '../src-shared/'].map((folder) =>
  fileURLToPath(new URL(folder, import.meta.url)),
);

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Says so, and returns true, when `qarin` would not run from a current build: it then runs the
 * sources through tsx, and every figure taken through it counts compiling them.
 */
export function noteIfBuildIsStale(log: (line: string) => void): boolean {
  const builtAt = existsSync(builtCli) ? statSync(builtCli).mtimeMs : -1;
  const stale = sourceFolders.some((folder) => existsSync(folder) && newestChange(folder) > builtAt);
  if (stale) {
    log('(the build is missing or older than its sources: bin/qarin.mjs runs them through tsx; "npm run build" first)');
  }
  return stale;
}
