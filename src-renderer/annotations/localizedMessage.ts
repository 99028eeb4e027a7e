import { ApiCallError } from '../api/ApiCallError';
import type { Language } from '../i18n/Strings';

/**
 * What a failed call says, in the interface's language: a refusal from main carries both languages;
 * anything else (a bug, a browser error) has only its own message.
 */
export function localizedMessage(error: unknown, language: Language): string {
  if (error instanceof ApiCallError) return error.bilingual[language];
  return error instanceof Error ? error.message : String(error);
}
