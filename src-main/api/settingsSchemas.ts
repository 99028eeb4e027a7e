import { z } from 'zod';

/** Shapes of the settings calls (`settings.get`, `settings.set`). */

const settingsFields = {
  language: z.enum(['ar', 'en']),
  theme: z.enum(['light', 'dark']),
  fontSize: z.number().min(12).max(40),
  lineHeight: z.number().min(1.2).max(3),
  showBoilerplate: z.boolean(),
};

export const SettingsSchema = z.object({
  language: settingsFields.language.default('ar'),
  theme: settingsFields.theme.default('light'),
  fontSize: settingsFields.fontSize.default(20),
  lineHeight: settingsFields.lineHeight.default(1.9),
  showBoilerplate: settingsFields.showBoilerplate.default(true),
});

/** Without defaults: a patch that names one setting must leave the others as they are. */
export const SettingsPatchSchema = z.object(settingsFields).partial();
