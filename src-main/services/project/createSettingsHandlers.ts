import type { z } from 'zod';
import type { settingsMethods } from '../../api/contract/settingsContract';
import type { HandlersOf } from '../../api/dispatch';
import type { SettingsSchema } from '../../api/settingsSchemas';
import type { DurableJsonStore } from '../persistence';

/** The contract's settings calls over the project's settings file. */
export function createSettingsHandlers(
  settingsStore: DurableJsonStore<z.output<typeof SettingsSchema>>,
): HandlersOf<typeof settingsMethods> {
  return {
    'settings.get': async () => settingsStore.data,

    'settings.set': async (patch) => {
      await settingsStore.update((settings) => ({ ...settings, ...definedFields(patch) }));
      return settingsStore.data;
    },
  };
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
