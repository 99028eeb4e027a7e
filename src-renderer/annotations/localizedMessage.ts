import type { Language } from '../i18n/Strings';

/**
 * Annotation calls refuse with their message in English, a line break, then Arabic (see
 * annotationSchemas.ts). Shows the line of the interface's language; any other message as it is.
 */
export function localizedMessage(error: unknown, language: Language): string {
  const message = error instanceof Error ? error.message : String(error);
  const newline = message.indexOf('\n');
  if (newline < 0) return message;
  const english = message.slice(0, newline).trim();
  const arabic = message.slice(newline + 1).trim();
  return language === 'ar' ? arabic || english : english || arabic;
}
