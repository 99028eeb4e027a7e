import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/**
 * The files and folders named on a command line ("Open with Qarin", `qarin-desktop report.txt`, or
 * a second launch while the app runs), as absolute paths that exist.
 *
 * Flags (Chromium adds its own to a second instance's argv) are dropped. When Electron runs from
 * source (`electron .` or `electron out/main/index.js`, `defaultApp`), argv[1] is the app entry,
 * not a file to import.
 */
export function importablePathsFromArgv(
  argv: readonly string[],
  workingDirectory: string,
  options: { defaultApp: boolean; exists?: (path: string) => boolean },
): string[] {
  const exists = options.exists ?? existsSync;
  const skip = options.defaultApp ? 2 : 1;
  const paths = argv
    .slice(skip)
    .filter((argument) => argument.length > 0 && !argument.startsWith('-'))
    .map((argument) => (isAbsolute(argument) ? argument : resolve(workingDirectory, argument)))
    .filter((path) => exists(path));
  return [...new Set(paths)];
}
