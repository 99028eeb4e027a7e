import { useEffect } from 'react';
import { findBridge } from '../api/qarinBridge';
import { useSettings } from '../settings/SettingsContext';

interface MenuHandlers {
  focusSearch(): void;
  showHelp(): void;
}

/** The desktop app's menu speaks to the page through the preload; the browser mode has no such menu. */
export function useMenuCommands({ focusSearch, showHelp }: MenuHandlers): void {
  const { adoptSettings } = useSettings();
  useEffect(() => {
    const bridge = findBridge();
    if (!bridge) return;
    return bridge.onMenuCommand((command) => {
      switch (command.type) {
        case 'focusSearch':
          focusSearch();
          break;
        case 'showHelp':
          showHelp();
          break;
        case 'settingsChanged':
          adoptSettings(command.settings);
          break;
        case 'export':
          // Opens the export dialog, which lives with the annotations (export/useExportMenuCommand.ts).
          break;
      }
    });
  }, [focusSearch, showHelp, adoptSettings]);
}
