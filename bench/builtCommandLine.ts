import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The command line as a user runs it: from the build, or through tsx when the build is stale. */
export const qarinBin = fileURLToPath(new URL('../bin/qarin.mjs', import.meta.url));
const builtCli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
const mainSources = fileURLToPath(new URL('../src-main/', import.meta.url));

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Says so when `qarin` would not run from a current build: it then runs the sources through tsx,
 * and every figure taken through it would count compiling them.
 */
export function noteIfBuildIsStale(log: (line: string) => void): void {
  if (!existsSync(builtCli) || newestChange(mainSources) > statSync(builtCli).mtimeMs) {
    log(
      '(the build is missing or older than src-main: bin/qarin.mjs runs the sources through tsx; "npm run build" first)',
    );
  }
}
