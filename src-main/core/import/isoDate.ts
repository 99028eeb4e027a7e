const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** RFC 2822 obsolete zone names still seen in RSS feeds. */
const ZONE_OFFSETS: Record<string, string> = {
  GMT: 'Z',
  UT: 'Z',
  UTC: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const RFC_2822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[A-Za-z]{1,4}))?$/;

function pad(value: number | string, width = 2): string {
  return String(value).padStart(width, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 60;
}

/** The ISO form of a zone: "" when the file gives none (local time), null when it is not a zone we know. */
function isoOffset(zone: string | undefined): string | null {
  if (zone === undefined) return '';
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) {
    const digits = zone.replace(':', '');
    return `${digits.slice(0, 3)}:${digits.slice(3)}`;
  }
  return ZONE_OFFSETS[zone.toUpperCase()] ?? null;
}

/**
 * A date as the file gives it, rewritten as ISO 8601 with the same precision and the same offset
 * (a report's local publication time matters more than its UTC instant). Accepts ISO 8601 dates
 * and date-times and RFC 2822 dates (RSS, TREC <TIME>). Returns undefined for anything else, rather
 * than guessing between day-first and month-first forms.
 */
export function toIsoDate(value: string): string | undefined {
  const trimmed = value.trim();

  const dateOnly = ISO_DATE.exec(trimmed);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    return isRealDate(Number(year), Number(month), Number(day)) ? trimmed : undefined;
  }

  const isoDateTime = ISO_DATE_TIME.exec(trimmed);
  if (isoDateTime) {
    const [, year, month, day, hour, minute, second, fraction, zone] = isoDateTime;
    if (!isRealDate(Number(year), Number(month), Number(day))) return undefined;
    if (!isRealTime(Number(hour), Number(minute), Number(second ?? 0))) return undefined;
    const offset = isoOffset(zone);
    if (offset === null) return undefined;
    const seconds = second === undefined ? '' : `:${second}${fraction ?? ''}`;
    return `${year}-${month}-${day}T${hour}:${minute}${seconds}${offset}`;
  }

  const rfc = RFC_2822.exec(trimmed);
  if (rfc) {
    const [, day, monthName, year, hour, minute, second, zone] = rfc;
    const month = MONTHS[monthName!.toLowerCase()];
    if (month === undefined || !isRealDate(Number(year), month, Number(day))) return undefined;
    if (!isRealTime(Number(hour), Number(minute), Number(second ?? 0))) return undefined;
    const offset = isoOffset(zone);
    if (offset === null) return undefined;
    return `${year}-${pad(month)}-${pad(day!)}T${pad(hour!)}:${minute}:${second ?? '00'}${offset}`;
  }
  return undefined;
}
