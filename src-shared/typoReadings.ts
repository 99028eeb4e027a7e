/** A typed word and the corpus words it was also searched as, for a notice to name together. */
export interface TypoReadings {
  typed: string;
  readings: string[];
}

/** A correction of the search reply: its words folded, and as a reader writes them when known. */
interface Correction {
  typed: string;
  readAs: string;
  typedSpelling?: string;
  readAsSpelling?: string;
}

/**
 * The search reply's corrections (one per reading) grouped by the word typed, in query order, so a
 * notice says «حفتر» or «حفر» for «حفتز» once rather than naming the typed word twice; each word
 * spelt as the reader writes it where the reply says so («نتيجة», not the folded «نتيجه»).
 */
export function typoReadingsByWord(corrections: readonly Correction[]): TypoReadings[] {
  const groups = new Map<string, TypoReadings>();
  for (const { typed, readAs, typedSpelling, readAsSpelling } of corrections) {
    const group = groups.get(typed) ?? { typed: typedSpelling ?? typed, readings: [] };
    group.readings.push(readAsSpelling ?? readAs);
    groups.set(typed, group);
  }
  return [...groups.values()];
}
