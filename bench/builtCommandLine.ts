import { fileURLToPath } from 'node:url';
import { reasonToRunSources } from '../bin/buildFreshness.mjs';

/** The command line as a user runs it: from the build, or through tsx when the build is stale. */
export const qarinBin = fileURLToPath(new URL('../bin/qarin.mjs', import.meta.url));

/**
 * Says so, and returns true, when `qarin` would not run from the build (the launcher's own check):
 * it then runs the sources through tsx, and every figure taken through it counts compiling them.
 */
export function noteIfBuildIsStale(log: (line: string) => void): boolean {
  const reason = reasonToRunSources();
  if (reason !== undefined) {
    log(`(bin/qarin.mjs runs the sources through tsx: ${reason}; "npm run build" first)`);
  }
  return reason !== undefined;
}
