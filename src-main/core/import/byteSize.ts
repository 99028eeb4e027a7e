/** A size as people read it in an error message: "812 bytes", "14.2 KB", "50 MB" (in Arabic, «50 ميغابايت»). */
export function formatByteSize(bytes: number, language: 'en' | 'ar' = 'en'): string {
  if (bytes < 1024) return language === 'ar' ? `${bytes} بايت` : `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  const arabicUnit = unit === 'KB' ? 'كيلوبايت' : 'ميغابايت';
  return `${Number(value.toFixed(1))} ${language === 'ar' ? arabicUnit : unit}`;
}
