import { app } from 'electron';

/**
 * Keeps one running app per user-data folder: a second launch hands its command line to the first
 * (which focuses its window and imports the paths given) and quits. Returns false in that second
 * launch, which must then stop starting up.
 */
export function claimSingleInstance(onSecondLaunch: (argv: string[], workingDirectory: string) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondLaunch(argv, workingDirectory));
  return true;
}
