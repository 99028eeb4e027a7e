// Whether the command line can run from the build: bin/qarin.mjs asks it before every command, and
// the benchmarks, so that a figure taken through the sources says so.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const built = fileURLToPath(new URL('out/main/cli.js', root));
const sources = fileURLToPath(new URL('src-main/', root));
/** What the build is made of besides src-main: helpers it shares with the renderer. */
const sharedSources = fileURLToPath(new URL('src-shared/', root));

/**
 * The newest modification time of any file under `folder`, or 0 when there is none. Walked a folder
 * at a time: Node 20's recursive readdir costs a third of this check, which every command pays.
 */
function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why the build cannot be used, or undefined when it can. Without sources (an install), it always can. */
export function reasonToRunSources() {
  if (!existsSync(built)) return existsSync(sources) ? `${built} does not exist` : undefined;
  if (!existsSync(sources)) return undefined;
  const builtAt = statSync(built).mtimeMs;
  if (newestChange(sources) > builtAt) return `src-main changed after ${built} was built`;
  if (existsSync(sharedSources) && newestChange(sharedSources) > builtAt) {
    return `src-shared changed after ${built} was built`;
  }
  return undefined;
}
