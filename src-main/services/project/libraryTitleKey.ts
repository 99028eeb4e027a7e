import { normalizeArabic } from '../../core/arabic/normalizeArabic';

/** A title as `library.list`'s title filter compares it: Arabic spelling normalized, lower case. */
export const libraryTitleKey = (text: string): string => normalizeArabic(text).toLowerCase();
