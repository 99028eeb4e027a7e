/** Dates are shown as stored (ISO, YYYY-MM-DD): analysts cite them, and ISO reads the same in both languages. */
export function formatDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  return date.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date;
}
