import type { ApiHandlers } from './dispatch';

/**
 * Throws (an `ApiError` with code `forbidden`, naming the path) unless every path is one the user
 * chose through this transport: a dialog, a drop, an upload, a folder allowed on the command line.
 */
export type AdmitImportPaths = (paths: readonly string[]) => Promise<void>;

/**
 * The handlers a transport exposes to a page: the same, except that `import.start` (and
 * `project.importQdpx`) first asks the
 * transport whether the user chose those paths. Without it any page holding the credential could
 * import `~/.ssh/id_ed25519` and read it back with `document.get`. Only transports that speak for
 * a page wrap their handlers; the command line is the user at a terminal and imports what it is told.
 */
export function guardImportPaths(handlers: ApiHandlers, admit: AdmitImportPaths): ApiHandlers {
  const start = handlers['import.start'];
  const importQdpx = handlers['project.importQdpx'];
  return {
    ...handlers,
    'import.start': async (input) => {
      await admit(input.paths);
      return start(input);
    },
    'project.importQdpx': async (input) => {
      await admit([input.path]);
      return importQdpx(input);
    },
  };
}
