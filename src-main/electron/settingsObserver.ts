import type { ApiHandlers } from '../api/dispatch';
import { SettingsSchema } from '../api/settingsSchemas';
import type { Settings } from '../api/types';

/**
 * The workbench's handlers, with every settings answer reported to `onSettings`: the renderer changes
 * the language through `settings.set`, and the native menu, which main draws, must follow it.
 */
export function observeSettings(handlers: ApiHandlers, onSettings: (settings: Settings) => void): ApiHandlers {
  // Handlers may leave defaulted fields out; the observer sees settings as the renderer will.
  const report = (settings: unknown) => {
    const parsed = SettingsSchema.safeParse(settings);
    if (parsed.success) onSettings(parsed.data);
  };
  return {
    ...handlers,
    'settings.get': async (input) => {
      const settings = await handlers['settings.get'](input);
      report(settings);
      return settings;
    },
    'settings.set': async (input) => {
      const settings = await handlers['settings.set'](input);
      report(settings);
      return settings;
    },
  };
}
