import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The project folder inside the app's user-data folder, computed as Electron's
 * `app.getPath('userData')` would for the product name "Qarin", so the command line and the desktop
 * app open the same project without the command line loading Electron.
 */
export function defaultProjectDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.QARIN_PROJECT_DIR) return env.QARIN_PROJECT_DIR;
  const home = homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Qarin', 'project');
}
