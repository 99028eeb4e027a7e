const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date's calendar day (as written, ignoring its offset), or undefined. */
export function dayNumber(date: string | undefined): number | undefined {
  const match = date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : undefined;
}
