import { ApiError } from '../../api/apiError';
import { inLanguage } from '../../services/annotations/annotationMessages';
import { CliError } from '../cliError';
import type { CliMessages } from '../messages';

export function cliLanguage(messages: CliMessages): 'ar' | 'en' {
  return messages.language === 'ar' ? 'ar' : 'en';
}

/**
 * Annotation errors carry English and Arabic on two lines; the command line prints the one line
 * of its language and exits 1, as for any input the user can correct.
 */
export function annotationCallFailure(error: unknown, language: 'ar' | 'en'): unknown {
  if (error instanceof ApiError) return new CliError(inLanguage(error.message, language), 1);
  return error;
}
