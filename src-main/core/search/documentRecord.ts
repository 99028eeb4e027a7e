import { z } from 'zod';
import type { Span } from '../text/span';

/** What the index keeps about each document besides its terms. */
export interface DocumentRecord {
  id: string;
  title: string;
  source?: string;
  category?: string;
  date?: string;
  /** Number of title words and of searchable text words. */
  titleLength: number;
  bodyLength: number;
  /** Sorted, merged spans of the text left out of search. */
  boilerplate: Span[];
}

const PackedRecordSchema = z.tuple([
  z.string(),
  z.string(),
  z.string().nullable(),
  z.string().nullable(),
  z.string().nullable(),
  z.number().int().min(0),
  z.number().int().min(0),
  z.array(z.number().int().min(0)),
]);
const PackedRecordsSchema = z.array(PackedRecordSchema.nullable());

/** Records by document number, as compact JSON (a tuple each, null for a removed number). */
export function packRecords(records: readonly (DocumentRecord | undefined)[]): string {
  return JSON.stringify(
    records.map((record) =>
      record === undefined
        ? null
        : [
            record.id,
            record.title,
            record.source ?? null,
            record.category ?? null,
            record.date ?? null,
            record.titleLength,
            record.bodyLength,
            record.boilerplate.flatMap(({ start, end }) => [start, end]),
          ],
    ),
  );
}

export function unpackRecords(text: string): (DocumentRecord | undefined)[] {
  return PackedRecordsSchema.parse(JSON.parse(text)).map((packed) => {
    if (packed === null) return undefined;
    const [id, title, source, category, date, titleLength, bodyLength, flatSpans] = packed;
    const boilerplate: Span[] = [];
    for (let i = 0; i + 1 < flatSpans.length; i += 2)
      boilerplate.push({ start: flatSpans[i]!, end: flatSpans[i + 1]! });
    const record: DocumentRecord = { id, title, titleLength, bodyLength, boilerplate };
    if (source !== null) record.source = source;
    if (category !== null) record.category = category;
    if (date !== null) record.date = date;
    return record;
  });
}
