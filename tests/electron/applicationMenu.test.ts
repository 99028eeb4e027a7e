import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import type { Settings } from '../../src-main/api/types';
import { buildMenuTemplate, type MenuActions } from '../../src-main/electron/applicationMenu';
import type { MenuCommand } from '../../src-main/api/menuCommand';
import { menuLabels } from '../../src-main/electron/menuLabels';

const baseSettings: Settings = { language: 'ar', theme: 'light', fontSize: 20, lineHeight: 1.9, showBoilerplate: true };

function recordingActions() {
  const log: { patches: Partial<Settings>[]; commands: MenuCommand[]; imports: string[]; about: number } = {
    patches: [],
    commands: [],
    imports: [],
    about: 0,
  };
  const actions: MenuActions = {
    importFiles: () => log.imports.push('files'),
    importFolder: () => log.imports.push('folder'),
    changeSettings: (patch) => log.patches.push(patch),
    sendToRenderer: (command) => log.commands.push(command),
    showAbout: () => log.about++,
  };
  return { actions, log };
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function item(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = allItems(items).find((each) => each.id === id);
  assert.ok(found, `menu item ${id}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  assert.ok(entry.click, `${entry.id} is clickable`);
  (entry.click as () => void)();
}

test('the menu speaks the language of the settings, Arabic or English', () => {
  const { actions } = recordingActions();
  for (const language of ['ar', 'en'] as const) {
    const template = buildMenuTemplate({
      settings: { ...baseSettings, language },
      platform: 'linux',
      development: false,
      actions,
    });
    const labels = menuLabels[language];
    assert.deepEqual(
      template.map((menu) => menu.label),
      [labels.file, labels.edit, labels.view, labels.help],
    );
    assert.equal(item(template, 'import-files').label, labels.importFiles);
    assert.equal(item(template, 'export').label, labels.export);
  }
});

test('every label exists in both languages, and the Arabic ones are Arabic', () => {
  assert.deepEqual(Object.keys(menuLabels.ar).sort(), Object.keys(menuLabels.en).sort());
  for (const [key, value] of Object.entries(menuLabels.ar)) assert.match(value, /[\u0600-\u06FF]/, key);
});

test('File imports through main and asks the renderer to export', () => {
  const { actions, log } = recordingActions();
  const template = buildMenuTemplate({ settings: baseSettings, platform: 'win32', development: false, actions });
  click(item(template, 'import-files'));
  click(item(template, 'import-folder'));
  click(item(template, 'export'));
  click(item(template, 'find'));
  click(item(template, 'user-guide'));
  assert.deepEqual(log.imports, ['files', 'folder']);
  assert.deepEqual(log.commands, [{ type: 'export' }, { type: 'focusSearch' }, { type: 'showHelp' }]);
});

test('View changes text size within the limits the settings allow', () => {
  const { actions, log } = recordingActions();
  const at = (fontSize: number) =>
    buildMenuTemplate({ settings: { ...baseSettings, fontSize }, platform: 'linux', development: false, actions });
  click(item(at(20), 'font-larger'));
  click(item(at(40), 'font-larger'));
  click(item(at(13), 'font-smaller'));
  click(item(at(33), 'font-default'));
  assert.deepEqual(log.patches, [{ fontSize: 22 }, { fontSize: 40 }, { fontSize: 12 }, { fontSize: 20 }]);
});

test('theme, line spacing and language are radio items that show the current setting', () => {
  const { actions, log } = recordingActions();
  const template = buildMenuTemplate({
    settings: { ...baseSettings, theme: 'dark', lineHeight: 2.4, language: 'en' },
    platform: 'linux',
    development: false,
    actions,
  });
  assert.equal(item(template, 'theme-dark').checked, true);
  assert.equal(item(template, 'theme-light').checked, false);
  assert.equal(item(template, 'line-spacing-relaxed').checked, true);
  assert.equal(item(template, 'language-en').checked, true);
  assert.equal(item(template, 'language-ar').label, 'العربية');
  click(item(template, 'language-ar'));
  click(item(template, 'theme-light'));
  click(item(template, 'line-spacing-compact'));
  assert.deepEqual(log.patches, [{ language: 'ar' }, { theme: 'light' }, { lineHeight: 1.5 }]);
});

test('macOS gets the app menu first; developer items appear only when not packaged', () => {
  const { actions } = recordingActions();
  const mac = buildMenuTemplate({ settings: baseSettings, platform: 'darwin', development: false, actions });
  assert.equal(mac[0]!.label, 'Qarin');
  const roles = (template: MenuItemConstructorOptions[]) =>
    allItems(template)
      .map((each) => each.role)
      .filter(Boolean);
  assert.ok(!roles(mac).includes('toggleDevTools'));
  assert.ok(
    roles(buildMenuTemplate({ settings: baseSettings, platform: 'linux', development: true, actions })).includes(
      'toggleDevTools',
    ),
  );
  assert.ok(roles(mac).includes('copy') && roles(mac).includes('paste'), 'copy and paste need the Edit roles on macOS');
});
