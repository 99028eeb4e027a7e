/** A typed word and the corpus words it was also searched as, for a notice to name together. */
export interface TypoReadings {
  typed: string;
  readings: string[];
}

/**
 * The search reply's corrections (one per reading) grouped by the word typed, in query order, so a
 * notice says «حفتر» or «حفر» for «حفتز» once rather than naming the typed word twice.
 */
export function typoReadingsByWord(corrections: readonly { typed: string; readAs: string }[]): TypoReadings[] {
  const groups = new Map<string, string[]>();
  for (const { typed, readAs } of corrections) {
    const readings = groups.get(typed) ?? [];
    readings.push(readAs);
    groups.set(typed, readings);
  }
  return [...groups].map(([typed, readings]) => ({ typed, readings }));
}
