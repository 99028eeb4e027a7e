import { useSettings } from '../settings/SettingsContext';
import { dictionaries } from './dictionaries';
import type { Strings } from './Strings';

export function useStrings(): Strings {
  return dictionaries[useSettings().settings.language];
}
