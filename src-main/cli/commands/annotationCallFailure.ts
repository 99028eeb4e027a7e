import { ApiError } from '../../api/apiError';
import { CliError } from '../cliError';

/**
 * Annotation errors carry English and Arabic; the command line prints the message of its language
 * and exits 1, as for any input the user can correct.
 */
export function annotationCallFailure(error: unknown, language: 'ar' | 'en'): unknown {
  if (error instanceof ApiError) return new CliError(error.bilingual[language], 1);
  return error;
}
