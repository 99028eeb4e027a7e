import type { Language } from '../i18n/Strings';

/** Western digits in both languages, as in the documents' own dates and in citations. */
export function formatNumber(value: number, language: Language): string {
  return value.toLocaleString(language === 'ar' ? 'ar-u-nu-latn' : 'en');
}
