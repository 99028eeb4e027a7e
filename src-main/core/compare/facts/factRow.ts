import type { FactCell, FactDocument, FactKind, FactRow } from './factTypes';

/** One thing a report says, before it is placed in a row. */
export interface FactMention {
  docId: string;
  start: number;
  end: number;
  /** What the reports are compared on (a title, a value, a wording); '' when it says nothing to compare. */
  value: string;
}

export function factCell(document: FactDocument, start: number, end: number): FactCell {
  return { docId: document.id, text: document.text.slice(start, end), start, end };
}

/**
 * A row of the facts table. It disagrees when a report is silent (has no cell), or when the reports
 * that give a value give different ones: each report's values are compared as a set, so a report
 * that repeats a figure does not disagree with itself.
 */
export function factRow(kind: FactKind, label: string, mentions: FactMention[], documents: FactDocument[]): FactRow {
  const order = new Map(documents.map((document, index) => [document.id, index]));
  const sorted = [...mentions].sort((a, b) => order.get(a.docId)! - order.get(b.docId)! || a.start - b.start);
  const byId = new Map(documents.map((document) => [document.id, document]));
  const cells = sorted.map((mention) => factCell(byId.get(mention.docId)!, mention.start, mention.end));
  const silent = documents.some((document) => !sorted.some((mention) => mention.docId === document.id));
  const statements = new Set<string>();
  for (const document of documents) {
    const values = [...new Set(sorted.filter((m) => m.docId === document.id && m.value !== '').map((m) => m.value))];
    if (values.length > 0) statements.add(values.sort().join('\u0000'));
  }
  return { kind, label, cells, disagree: silent || statements.size > 1 };
}
