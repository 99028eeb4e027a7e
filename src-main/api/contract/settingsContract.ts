import { Empty } from '../commonSchemas';
import { SettingsPatchSchema, SettingsSchema } from '../settingsSchemas';

/** The user's settings (language, theme, reading size), saved in the project. */
export const settingsMethods = {
  'settings.get': { input: Empty, output: SettingsSchema },
  'settings.set': { input: SettingsPatchSchema, output: SettingsSchema },
} as const;
