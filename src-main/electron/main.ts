import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { dispatch, type ApiHandlers } from '../api/dispatch';
import { SettingsSchema } from '../api/settingsSchemas';
import type { Settings } from '../api/types';
import { isDamagedLibrary, restoreLibraryBackup } from '../services/project/restoreLibrary';
import type { Workbench } from '../services/workbench';
import { workbenchWhenOpen } from '../services/workbenchWhenOpen';
import { registerAppSchemePrivileges, serveRendererOnAppScheme } from './appProtocol';
import { resolveAppLocations, type AppLocations } from './appLocations';
import { appIndexUrl, appOrigin } from './appScheme';
import { buildMenuTemplate } from './applicationMenu';
import { importablePathsFromArgv } from './commandLinePaths';
import { chooseImportPaths } from './importDialogs';
import { registerIpcBridge } from './ipcBridge';
import { menuChannel } from './ipcChannels';
import { createMainWindow } from './mainWindow';
import type { MenuCommand } from '../api/menuCommand';
import { menuLabels } from './menuLabels';
import { isAppPageUrl } from './requestPolicy';
import { printReportToPdf } from './printReportToPdf';
import { projectNotOpened } from './projectNotOpened';
import { applySessionPolicy, hardenEveryWebContents } from './securityPolicy';
import { observeSettings } from './settingsObserver';
import { claimSingleInstance } from './singleInstance';
import { fitToDisplays, readWindowState } from './windowState';
import { trackWindowState } from './windowStateTracking';

/**
 * The desktop app's main process: it serves the renderer on the app scheme, opens the window at
 * once while the project opens, answers the preload over IPC through the contract, and draws the
 * native menu. Everything the user sees and does goes through the same contract as `qarin serve`.
 */

// A separate user-data folder (the end-to-end tests use a temporary one) must be set before the
// single-instance lock, which lives in it.
if (process.env.QARIN_USER_DATA_DIR) app.setPath('userData', process.env.QARIN_USER_DATA_DIR);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const policy = { appOrigin, devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : undefined };

let workbench: Workbench | undefined;
let handlers: ApiHandlers | undefined;
let mainWindow: BrowserWindow | undefined;
let settings: Settings = SettingsSchema.parse({});
/** Set once the window has been opened: `activate` opens it again with them. */
let locations: AppLocations | undefined;
/** Why the project did not open, once it failed to (the user has been shown it). */
let openFailure: unknown;
/** Paths given on a command line before the project was open. */
const pendingImports: string[] = [];

function labels() {
  return menuLabels[settings.language];
}

function reportError(context: string, error: unknown): void {
  console.error(`Qarin: ${context}:`, error);
}

function startImport(paths: string[]): void {
  if (paths.length === 0) return;
  if (!handlers) {
    pendingImports.push(...paths);
    return;
  }
  // Progress and the report reach the renderer as the contract's import events.
  dispatch(handlers, 'import.start', { paths }).catch((error: unknown) => {
    // A project that did not open: the user was already told why.
    if (error !== openFailure) reportError('import failed to start', error);
  });
}

function sendToRenderer(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(menuChannel, command);
}

function refreshMenu(next: Settings): void {
  const changed = JSON.stringify(next) !== JSON.stringify(settings);
  settings = next;
  if (changed || !Menu.getApplicationMenu()) installMenu();
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.setTitle(settings.language === 'ar' ? 'قارِن' : 'Qarin');
}

function installMenu(): void {
  const template = buildMenuTemplate({
    settings,
    platform: process.platform,
    development: !app.isPackaged,
    actions: {
      importFiles: () =>
        void chooseImportPaths(mainWindow, 'files', labels()).then(startImport, (e) => reportError('import dialog', e)),
      importFolder: () =>
        void chooseImportPaths(mainWindow, 'folder', labels()).then(startImport, (e) =>
          reportError('import dialog', e),
        ),
      changeSettings: (patch) => {
        if (!handlers) return;
        // The whole object is sent so that a partial patch cannot reset the other settings to defaults.
        dispatch(handlers, 'settings.set', { ...settings, ...patch })
          .then((saved) => sendToRenderer({ type: 'settingsChanged', settings: SettingsSchema.parse(saved) }))
          .catch((error: unknown) => reportError('settings could not be saved', error));
      },
      sendToRenderer,
      showAbout: () => {
        const options = {
          type: 'info' as const,
          title: labels().about,
          message: `Qarin ${app.getVersion()}`,
          detail: labels().aboutDetail,
        };
        void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(where: AppLocations): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preloadPath: where.preloadPath,
    state: fitToDisplays(readWindowState(where.windowStateFile), workAreas),
    pageUrl: devServerUrl ?? appIndexUrl,
    iconPath: process.platform === 'linux' ? where.iconPath : undefined,
    title: settings.language === 'ar' ? 'قارِن' : 'Qarin',
    backgroundColor: settings.theme === 'dark' ? '#1d1f21' : '#fbfaf7',
  });
  trackWindowState(window, where.windowStateFile);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  const where = resolveAppLocations({
    bundleDir: dirname(fileURLToPath(import.meta.url)),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userDataDir: app.getPath('userData'),
    env: process.env,
  });
  applySessionPolicy(session.defaultSession, policy);
  serveRendererOnAppScheme(where.rendererDir);

  // The window and the IPC bridge come at once, over a project that is still opening (reading a
  // library of 30,000 reports takes over a second), as `qarin serve` does: the renderer loads
  // meanwhile, the calls of its first screen are answered from what the project keeps on disk when
  // that gives the project's own answer, and every other call waits for the project. The project
  // starts opening once the early reader has read what it can (a few small files): loading the
  // project's code and parsing its library hold this thread for over a second, which would hold up
  // the settings the window is drawn with and the first search by as much.
  const early = import('../services/earlyAnswers').then(({ openEarlyAnswers }) => openEarlyAnswers(where.projectDir));
  const opening = early.then(
    () => openProject(where),
    () => openProject(where),
  );
  opening.catch((error: unknown) => {
    openFailure = error;
  });
  const opened = workbenchWhenOpen(where.projectDir, opening, early);
  workbench = opened;
  handlers = observeSettings(opened.handlers, refreshMenu);
  // The window's title and colours and the menu's language: answered early from the settings file.
  const initial = await dispatch(handlers, 'settings.get', {}).catch((error: unknown) => {
    if (error !== openFailure) reportError('settings could not be read', error);
    return {};
  });
  refreshMenu(SettingsSchema.parse(initial));

  registerIpcBridge({
    ipcMain,
    handlers,
    events: opened.events,
    isTrustedFrameUrl: (url) => isAppPageUrl(url, policy.appOrigin, policy.devServerOrigin),
    windows: () => BrowserWindow.getAllWindows().map((window) => window.webContents),
    chooseImportPaths: (kind) => chooseImportPaths(mainWindow, kind, labels()),
  });

  locations = where;
  mainWindow = openMainWindow(where);
  // Imports wait for the open project, as every call that may change it does.
  startImport(importablePathsFromArgv(process.argv, process.cwd(), { defaultApp: Boolean(process.defaultApp) }));
  startImport(pendingImports.splice(0));
  try {
    await opening;
  } catch {
    // The user was shown why; the calls that waited were answered with the reason.
    app.exit(1);
    return;
  }
  // As `qarin serve` does: a listing missing or stale is written again, so that the next start
  // answers the first screen early. It is a cache: one not written only costs that.
  await import('../services/earlyAnswers')
    .then(({ keepEarlyAnswersCurrent }) => keepEarlyAnswersCurrent(opened))
    .catch((error: unknown) => reportError('the library listing was not written', error));
}

app.enableSandbox();
registerAppSchemePrivileges();
hardenEveryWebContents(policy);

if (
  claimSingleInstance((argv, workingDirectory) => {
    focusMainWindow();
    startImport(importablePathsFromArgv(argv, workingDirectory, { defaultApp: Boolean(process.defaultApp) }));
  })
) {
  app.on('window-all-closed', () => {
    // macOS apps stay open without windows; elsewhere closing the window ends the app.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && locations && workbench) mainWindow = openMainWindow(locations);
  });
  app.on('will-quit', (event) => {
    if (!workbench) return;
    // Let the project finish its writes (and its opening, when it is still opening) before the
    // process goes away.
    event.preventDefault();
    const closing = workbench;
    workbench = undefined;
    closing
      .close()
      .catch((error: unknown) => {
        // A project that never opened has nothing to close; the user was already told why.
        if (error !== openFailure) reportError('the project did not close cleanly', error);
      })
      .finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    reportError('startup failed', error);
    dialog.showErrorBox('Qarin', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

/**
 * Opens the project, or says why it cannot and fails with the reason. A damaged library is offered
 * its way back, the newest backup that opens, as `qarin restore library` does on the command line.
 */
async function openProject(where: AppLocations): Promise<Workbench> {
  for (;;) {
    try {
      // Loaded here, not with main: the project's code (the import pipeline, the search engine, the
      // document readers) takes a second to load on a busy machine, which the window need not wait for.
      const { openWorkbench } = await import('../services/openWorkbench');
      return await openWorkbench({
        projectDir: where.projectDir,
        seedsDir: where.seedsDir,
        printPdf: printReportToPdf,
        reportFontsDir: where.reportFontsDir,
        // For `qarin search --json` beside the window (see HighlightTablesKeeper).
        keepHighlightTables: {},
        // The next start reads the library's parsed value instead of its text (see ParsedCopy).
        keepLibraryCopy: {},
        longLived: true,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const detail = `${where.projectDir}\n\n${message}`;
      if (!isDamagedLibrary(error)) {
        dialog.showErrorBox(labels().openFailedTitle, detail);
        throw projectNotOpened(where.projectDir, error);
      }
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: labels().openFailedTitle,
        message: labels().openFailedTitle,
        detail: `${detail}\n\n${labels().restoreLibraryDetail}`,
        buttons: [labels().restoreLibrary, labels().closeApp],
        defaultId: 0,
        cancelId: 1,
      });
      if (response !== 0) throw projectNotOpened(where.projectDir, error);
      const restored = await restoreLibraryBackup(where.projectDir).catch((restoreError: unknown) => {
        dialog.showErrorBox(labels().openFailedTitle, `${detail}\n\n${String(restoreError)}`);
        throw projectNotOpened(where.projectDir, restoreError);
      });
      if (restored === null) {
        dialog.showErrorBox(labels().openFailedTitle, labels().noGoodLibraryBackup);
        throw projectNotOpened(where.projectDir, error);
      }
    }
  }
}
