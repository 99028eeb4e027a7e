import { join } from 'node:path';

export interface AppLocations {
  /** The built renderer: `out/renderer`, inside app.asar when packaged. */
  rendererDir: string;
  /** The sandboxed preload, built as CommonJS because sandboxed preloads cannot be ES modules. */
  preloadPath: string;
  /** The first-run corpus: extraResources when packaged, the repository's `seeds/` otherwise. */
  seedsDir: string;
  projectDir: string;
  windowStateFile: string;
  iconPath: string;
  /** The fonts reports embed: extraResources when packaged, the repository's `resources/fonts` otherwise. */
  reportFontsDir: string;
}

export interface AppLocationInputs {
  /** The folder of the main bundle, `out/main`. */
  bundleDir: string;
  isPackaged: boolean;
  resourcesPath: string;
  userDataDir: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Every path the desktop app needs, from where the main bundle sits. `QARIN_PROJECT_DIR` opens
 * another project (the end-to-end tests use a temporary one), as it does for the command line.
 */
export function resolveAppLocations({
  bundleDir,
  isPackaged,
  resourcesPath,
  userDataDir,
  env,
}: AppLocationInputs): AppLocations {
  const outDir = join(bundleDir, '..');
  const repositoryDir = join(outDir, '..');
  return {
    rendererDir: join(outDir, 'renderer'),
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    seedsDir: isPackaged ? join(resourcesPath, 'seeds') : join(repositoryDir, 'seeds'),
    projectDir: env.QARIN_PROJECT_DIR || join(userDataDir, 'project'),
    windowStateFile: join(userDataDir, 'window-state.json'),
    iconPath: isPackaged ? join(resourcesPath, 'icon.png') : join(repositoryDir, 'resources', 'icon.png'),
    reportFontsDir: isPackaged ? join(resourcesPath, 'fonts') : join(repositoryDir, 'resources', 'fonts'),
  };
}
