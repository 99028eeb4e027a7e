import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const qarinBin = fileURLToPath(new URL('../../bin/qarin.mjs', import.meta.url));

/**
 * Runs the command line as a user would, through its launcher, with a locale that names no language
 * (so messages are English unless `--lang` says otherwise), and gives back what it printed.
 */
export function qarin(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [qarinBin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
