/**
 * Timestamps for file names: ISO 8601 in UTC with the colons (forbidden on Windows) turned into
 * dashes, e.g. `2025-03-01T14-05-09.120Z`. Fixed width and most significant part first, so names
 * sort by time as plain strings.
 */
const FILE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2}\.\d{3}Z)$/;

export const FILE_TIMESTAMP_PATTERN = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z';

export function formatFileTimestamp(time: Date): string {
  return time.toISOString().replaceAll(':', '-');
}

export function parseFileTimestamp(stamp: string): Date | null {
  const match = FILE_TIMESTAMP.exec(stamp);
  if (match === null) return null;
  const time = new Date(`${match[1]}:${match[2]}:${match[3]}`);
  return Number.isNaN(time.getTime()) ? null : time;
}
