import type { MenuItemConstructorOptions } from 'electron';
import type { Settings } from '../api/types';
import type { MenuCommand } from '../api/menuCommand';
import { languageNames, menuLabels, type MenuLanguage } from './menuLabels';

/** What the menu items do; main supplies them, so the template itself is plain data and testable. */
export interface MenuActions {
  importFiles(): void;
  importFolder(): void;
  /** Saves settings (main merges the patch into the current settings) and tells the renderer. */
  changeSettings(patch: Partial<Settings>): void;
  sendToRenderer(command: MenuCommand): void;
  showAbout(): void;
}

export interface MenuContext {
  settings: Settings;
  platform: NodeJS.Platform;
  /** Reload and DevTools are for developers; a packaged app does not offer them. */
  development: boolean;
  actions: MenuActions;
}

/** Kept within the limits of the contract's settings schema. */
const fontSizes = { min: 12, max: 40, step: 2, default: 20 };
const lineSpacings = [
  { key: 'compact', value: 1.5 },
  { key: 'normal', value: 1.9 },
  { key: 'relaxed', value: 2.4 },
] as const;

/**
 * The application menu in the language of the settings: File (import, export), Edit (with the
 * standard roles, without which copy and paste shortcuts do nothing on macOS), View (text size, line
 * spacing, theme, language), and Help. On macOS the first menu is the app menu, as users expect.
 */
export function buildMenuTemplate({
  settings,
  platform,
  development,
  actions,
}: MenuContext): MenuItemConstructorOptions[] {
  const labels = menuLabels[settings.language];
  const isMac = platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.sendToRenderer(command);
  const fontSize = (size: number) => () =>
    actions.changeSettings({ fontSize: Math.min(fontSizes.max, Math.max(fontSizes.min, size)) });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Qarin',
    submenu: [
      { label: labels.about, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: labels.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { id: 'import-files', label: labels.importFiles, accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      {
        id: 'import-folder',
        label: labels.importFolder,
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => actions.importFolder(),
      },
      { type: 'separator' },
      { id: 'export', label: labels.export, accelerator: 'CmdOrCtrl+E', click: send({ type: 'export' }) },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: labels.quit }] as MenuItemConstructorOptions[])),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
      { type: 'separator' },
      { id: 'find', label: labels.find, accelerator: 'CmdOrCtrl+F', click: send({ type: 'focusSearch' }) },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      {
        label: labels.fontSize,
        submenu: [
          {
            id: 'font-larger',
            label: labels.largerText,
            accelerator: 'CmdOrCtrl+=',
            click: fontSize(settings.fontSize + fontSizes.step),
          },
          {
            id: 'font-smaller',
            label: labels.smallerText,
            accelerator: 'CmdOrCtrl+-',
            click: fontSize(settings.fontSize - fontSizes.step),
          },
          {
            id: 'font-default',
            label: labels.defaultTextSize,
            accelerator: 'CmdOrCtrl+0',
            click: fontSize(fontSizes.default),
          },
        ],
      },
      {
        label: labels.lineSpacing,
        submenu: lineSpacings.map(({ key, value }) => ({
          id: `line-spacing-${key}`,
          label: labels[key],
          type: 'radio' as const,
          checked: Math.abs(settings.lineHeight - value) < 0.05,
          click: () => actions.changeSettings({ lineHeight: value }),
        })),
      },
      {
        label: labels.theme,
        submenu: (['light', 'dark'] as const).map((theme) => ({
          id: `theme-${theme}`,
          label: labels[theme],
          type: 'radio' as const,
          checked: settings.theme === theme,
          click: () => actions.changeSettings({ theme }),
        })),
      },
      {
        label: labels.language,
        submenu: (Object.keys(languageNames) as MenuLanguage[]).map((language) => ({
          id: `language-${language}`,
          label: languageNames[language],
          type: 'radio' as const,
          checked: settings.language === language,
          click: () => actions.changeSettings({ language }),
        })),
      },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.fullScreen },
      ...(development
        ? ([
            { type: 'separator' },
            { role: 'reload', label: labels.reload },
            { role: 'toggleDevTools', label: labels.developerTools },
          ] as MenuItemConstructorOptions[])
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: labels.window,
    submenu: [{ role: 'minimize', label: labels.minimize }, { role: 'zoom' }, { role: 'front' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: [
      { id: 'user-guide', label: labels.userGuide, click: send({ type: 'showHelp' }) },
      ...(isMac ? [] : ([{ label: labels.about, click: () => actions.showAbout() }] as MenuItemConstructorOptions[])),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [windowMenu] : []), helpMenu];
}
