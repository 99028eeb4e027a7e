import { ApiError } from '../api/apiError';
import { isDamagedLibrary } from '../services/project/restoreLibrary';
import { menuLabels } from './menuLabels';

/**
 * The answer to the calls that waited for a project that did not open (the user was shown why and
 * the app is closing): in both languages, naming the project folder and the reason it gave.
 */
export function projectNotOpened(projectDir: string, reason: unknown): ApiError {
  const why = reason instanceof Error ? reason.message : String(reason);
  return new ApiError(isDamagedLibrary(reason) ? 'corrupt' : 'internal', {
    en: `${menuLabels.en.openFailedTitle}: ${projectDir}: ${why}`,
    ar: `${menuLabels.ar.openFailedTitle}: ${projectDir}: ${why}`,
  });
}
