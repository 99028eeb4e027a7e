import { readFile } from 'node:fs/promises';
import type { DocumentRecord } from '../../../core/search/documentRecord';
import type { FreshPostings, IndexParts } from '../../../core/search/indexParts';
import { SEQUENCE_BREAK } from '../../../core/search/termSequences';
import type { Span } from '../../../core/text/span';
import { decodePostings } from './decodePostings';
import {
  DOCUMENT_FIELDS,
  DocumentField,
  TERM_FIELDS,
  TermField,
  asRecordLine,
  searchTablesLayout,
  type SearchTablesMeta,
} from './searchTablesLayout';

const decoder = new TextDecoder();

/**
 * Reads the whole search tables of `indexDir` back into the parts of an in-memory index (see
 * `CorpusIndex.fromParts`): they hold every term, stem, posting, record and term sequence the
 * index had when they were written, so the index needs no snapshot of its own. The tables keep no
 * categories: `categoryOf` gives them from the library. Throws when a file is missing, cut short
 * or damaged; the caller then rebuilds the index from the texts.
 */
export async function readIndexParts(
  indexDir: string,
  meta: SearchTablesMeta,
  categoryOf: (id: string) => string | undefined,
): Promise<IndexParts> {
  const layout = searchTablesLayout(indexDir);
  const [termsText, stemsText, termTable, postings, documents, sequences, records] = await Promise.all([
    readFile(layout.terms, 'utf8'),
    readFile(layout.stems, 'utf8'),
    readFile(layout.termTable).then(words),
    readFile(layout.postings),
    readFile(layout.documents).then(words),
    readFile(layout.sequences).then(words),
    readFile(layout.records),
  ]);
  if (termTable.length !== meta.termCount * TERM_FIELDS) throw damaged(layout.termTable);
  if (documents.length !== meta.capacity * DOCUMENT_FIELDS) throw damaged(layout.documents);

  const terms = new Array<string>(meta.termCount);
  for (const line of lines(termsText)) {
    const tab = line.lastIndexOf('\t');
    const id = Number(line.slice(tab + 1));
    if (tab < 0 || !(id >= 0 && id < meta.termCount)) throw damaged(layout.terms);
    terms[id] = line.slice(0, tab);
  }
  for (let id = 0; id < meta.termCount; id++) if (terms[id] === undefined) throw damaged(layout.terms);

  const parts = {
    records: new Array<DocumentRecord | undefined>(meta.capacity),
    sequences: new Array<Uint32Array | undefined>(meta.capacity),
  };
  for (let document = 0; document < meta.capacity; document++) {
    const row = document * DOCUMENT_FIELDS;
    const recordLength = documents[row + DocumentField.RecordLength]!;
    if (recordLength === 0) continue;
    const start = documents[row + DocumentField.SequenceOffset]!;
    const end = start + documents[row + DocumentField.SequenceLength]!;
    if (end > sequences.length) throw damaged(layout.sequences);
    const sequence = sequences.subarray(start, end);
    const titleLength = documents[row + DocumentField.TitleLength]!;
    const recordStart = documents[row + DocumentField.RecordOffset]!;
    const line = records.subarray(recordStart, recordStart + recordLength);
    const [id, title, source, date, , flatSpans] = asRecordLine(JSON.parse(decoder.decode(line)));
    const boilerplate: Span[] = [];
    for (let i = 0; i + 1 < flatSpans.length; i += 2)
      boilerplate.push({ start: flatSpans[i]!, end: flatSpans[i + 1]! });
    const record: DocumentRecord = {
      id,
      title,
      titleLength,
      bodyLength: wordsAfter(sequence, titleLength + 1),
      boilerplate,
    };
    if (source !== null) record.source = source;
    const category = categoryOf(id);
    if (category !== undefined) record.category = category;
    if (date !== null) record.date = date;
    parts.records[document] = record;
    parts.sequences[document] = sequence;
  }

  const postingsOf = (offset: number, length: number): FreshPostings | undefined => {
    if (length === 0) return undefined;
    if (offset + length > postings.length) throw damaged(layout.postings);
    const { slots } = decodePostings(postings.subarray(offset, offset + length));
    return slots.length > 0 ? slots : undefined;
  };

  return {
    totals: { ...meta.totals },
    capacity: meta.capacity,
    terms,
    stems: stemLines(stemsText),
    ...parts,
    postings(termId) {
      const row = termId * TERM_FIELDS;
      return {
        text: postingsOf(termTable[row + TermField.TextOffset]!, termTable[row + TermField.TextLength]!),
        title: postingsOf(termTable[row + TermField.TitleOffset]!, termTable[row + TermField.TitleLength]!),
      };
    },
  };
}

/** A file's bytes as the 32-bit words the tables were written in (the machine's byte order). */
function words(bytes: Buffer): Uint32Array {
  if (bytes.length % 4 !== 0) throw new Error('search tables: a table of 32-bit words is cut short');
  // Copied, not viewed: a Buffer may start at an offset a Uint32Array cannot.
  const copy = new Uint32Array(bytes.length / 4);
  new Uint8Array(copy.buffer).set(bytes);
  return copy;
}

function* lines(text: string): Generator<string> {
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    yield text.slice(start, end);
    start = end + 1;
  }
}

/** `stems.txt`: per line a stem, then (TAB number TAB term) for each term that has it. */
function* stemLines(text: string): Generator<[string, number[]]> {
  for (const line of lines(text)) {
    const fields = line.split('\t');
    const termIds: number[] = [];
    for (let at = 1; at < fields.length; at += 2) termIds.push(Number(fields[at]));
    yield [fields[0]!, termIds];
  }
}

/** Words of a sequence from `from` on, breaks left out: a document's searchable text words. */
function wordsAfter(sequence: Uint32Array, from: number): number {
  let count = 0;
  for (let at = from; at < sequence.length; at++) if (sequence[at] !== SEQUENCE_BREAK) count++;
  return count;
}

function damaged(path: string): Error {
  return new Error(`search tables: ${path} is damaged or cut short`);
}
